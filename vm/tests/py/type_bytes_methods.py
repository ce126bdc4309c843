# bytes methods: searching, splitting, stripping, padding, case.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


b = b"hello world, hello bytes"
for args in [(b"hello",), (b"hello", 1), (b"hello", 1, 10), (b"o", -5), (111,), (b"",), (b"", 30), (b"zz",)]:
    print(args, b.find(*args), b.rfind(*args), b.count(*args))
show(b.index, b"bytes")
show(b.index, b"nope")
show(b.rindex, b"hello")
show(b.rindex, b"x", 0, 3)
show(b.find, "str")
show(b.find, 300)
print(b.startswith(b"hello"), b.startswith((b"x", b"hel")), b.startswith(b"world", 6), b.endswith(b"bytes", 0, 25))
show(b.startswith, "hello")
show(b.endswith, [b"x"])
print(b.replace(b"hello", b"bye"), b.replace(b"l", b"L", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2))
print(b.split(), b.split(b", "), b.split(b"l", 2), b"  a  b  ".split(None, 1), b"a,b,,c".split(b","))
print(b.rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"  a  b  ".rsplit(maxsplit=1), b"".split(), b"".split(b","))
show(b.split, b"")
print(b"line1\nline2\r\nline3\rend".splitlines(), b"a\nb\n".splitlines(keepends=True), b"".splitlines())
print(b.partition(b", "), b.partition(b"zz"), b.rpartition(b"hello"), b.rpartition(b"zz"))
print(b"  xy  ".strip(), b"  xy  ".lstrip(), b"  xy  ".rstrip(), b"xxhixx".strip(b"x"), b"abcba".strip(b"ab"))
print(b"Hello World".upper(), b"Hello World".lower(), b"hello world".capitalize(), b"Hello World".swapcase())
print(b"hello big world".title(), b"Hello World".istitle(), b"hello".istitle(), b"abc\x80".isascii(), b"abc".isascii())
print(b"ab".center(7), b"ab".center(7, b"*"), b"abc".center(6, b"-"), b"ab".ljust(5, b"."), b"ab".rjust(5), b"ab".center(1))
show(b"ab".center, 5, b"**")
show(b"ab".ljust, 5, "*")
print(b"42".zfill(5), b"-42".zfill(5), b"+7".zfill(4), b"abc".zfill(2))
print(b"a\tb\tc".expandtabs(), b"a\tbc\td".expandtabs(4), b"x\ty\nz\tw".expandtabs(2))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"same".removeprefix(b"x"))
print(b"-".join([b"a", b"b", bytearray(b"c")]), b"".join([]))
show(b"-".join, [b"a", "b"])
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc".translate(table), b"hello".translate(None, b"l"), b"abc".translate(table, b"b"))
show(bytes.maketrans, b"ab", b"x")
print(b"abc".isalpha(), b"123".isdigit(), b"a1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper())
print(b"".isalpha(), b"".isspace(), b"a b".isalpha())
print(b"\x00\xff".hex(), bytes.fromhex("00 ff 10"), b"abc" * 2, b"ab" + b"cd", b"b" in b"abc", 98 in b"abc")
print(bytes(3), bytes([1, 2, 3]), bytes("é", "utf-8"), bytes(b"copy"), bytes(range(3)))
show(bytes, "text")
show(bytes, [256])
show(bytes, -1)
print(b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(":", -2), b"\x01\x02\x03".hex("-"), b"".hex(":"))
print(b"\xab\xcd".hex(b"."), bytearray(b"\x10\x20").hex(" "))
show(b"ab".hex, "::")

