print("pkg_demo.util: loading")
PREFIX = "util:"


def helper(text):
    return PREFIX + text
