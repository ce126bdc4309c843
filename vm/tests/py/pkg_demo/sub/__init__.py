print("pkg_demo.sub: __init__ running")
