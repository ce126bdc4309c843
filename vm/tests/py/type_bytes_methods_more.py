b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.split(), b.split(b","), b.rsplit(b"l", 1), b.split(maxsplit=1))
print(b.find(b"o"), b.rfind(b"o"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(108), b.replace(b"l", b"L", 2))
print(b.upper(), b.lower(), b.swapcase(), b"abc def".title(), b"abc".capitalize(), b"ab".center(6, b"*"), b"ab".ljust(4, b"-"), b"ab".rjust(4))
print(b"a,b".partition(b","), b"a,b,c".rpartition(b","), b"x".zfill(4), b"-7".zfill(4), b"a\tb".expandtabs(4))
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"bc")), b"abc".removeprefix(b"a"), b"abc".removesuffix(b"c"))
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]) if False else b"-".join([b"a", bytearray(b"b")]), b"ab\ncd\r\n".splitlines(), b"ab\ncd\r\n".splitlines(True))
print(b"\x00\xff".hex(), b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("00 ff 10"), bytearray.fromhex("de ad"))
print(b"abc".isalpha(), b"a1".isalnum(), b"12".isdigit(), b" ".isspace(), b"Ab".istitle(), b"ab".islower(), b"AB".isupper(), b"\x80".isascii())
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"abcdef".translate(None, b"bd"), b"abc".translate(t, b"c"))
for call in [lambda: b"abc".find("a"), lambda: b"a".join(["b"]), lambda: bytes.fromhex("0g"), lambda: b"abc".index(b"z"),
             lambda: b"abc".split(b""), lambda: b"a" + "b", lambda: b"abc".count(256), lambda: bytes.maketrans(b"ab", b"c"),
             lambda: b"abc".replace("a", b"b"), lambda: b"a".center(3, b"xy")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
