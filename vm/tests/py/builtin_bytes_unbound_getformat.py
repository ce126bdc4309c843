print(float.__getformat__("double"), float.__getformat__("float"))
for a in ("x", 1):
    try: float.__getformat__(a)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
for f, a in [(bytearray.hex, ()), (bytes.hex, (1,)), (bytes.split, ()), (bytes.decode, ()), (bytearray.splitlines, ()), (bytes.expandtabs, (5,))]:
    try:
        f(*a)
    except TypeError as e:
        print("TypeError")
print(bytes.hex(b"ab"), bytearray.split(bytearray(b"a b")))
