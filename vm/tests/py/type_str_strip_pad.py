s = "  \t padded \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHELLOcba".strip("abc"), "www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("abc".center(9)), repr("abc".center(8, "*")), repr("abc".ljust(6, "-")), repr("abc".rjust(6)))
print(repr("abcdef".center(3)), repr("".center(4, "x")))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(5), "12345".zfill(3))
print(repr("a\tb\tc".expandtabs(4)))
print(format("text", "^12"), format("x", "*<4"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
