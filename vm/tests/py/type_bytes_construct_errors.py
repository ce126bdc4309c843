print(bytes(3), bytes([1, 2]), bytes(b"ab"), bytes("é", "utf-8"), bytes(range(3)), bytes(), bytes(bytearray(b"x")))
print(bytes("abc", encoding="ascii"), bytes("ab", "latin-1"), bytes(iter([65, 66])))
class WithBytes:
    def __bytes__(self):
        return b"custom"
class WithIndex:
    def __index__(self):
        return 2
print(bytes(WithBytes()), bytes(WithIndex()), bytearray(WithIndex()))
for args in [("abc",), (-1,), ([256],), ([-1],), (["a"],), (1.5,), (b"x", "utf-8"), ("é", "ascii"), ("x", "nope"), (None,)]:
    try:
        print(bytes(*args))
    except (TypeError, ValueError, LookupError) as e:
        print(args, type(e).__name__, e)
b = b"abc"
for call in [lambda: b[5], lambda: b["x"], lambda: b * "2", lambda: hash(bytearray(b""))]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(b[0], b[-1], b[1:], b[::-1], b[::2], list(b), b"a" in b, 98 in b, b"" in b, b * 2, 2 * b, b < b"abd", b == bytearray(b"abc"))
print(repr(b"\x00\n\t'\"\\"), repr(bytearray(b"'")), str(b"x"), len(b"\xff\xfe"))
try:
    98.5 in b
except TypeError as e:
    print(type(e).__name__, e)
try:
    300 in b
except ValueError as e:
    print(type(e).__name__, e)
