print(repr("42".zfill(5)), repr("-42".zfill(5)), repr("+42".zfill(5)), repr("abc".zfill(2)), repr("".zfill(3)), repr("-".zfill(3)))
print(repr("a\tbc\tdef".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(0)), repr("ab\n\tc".expandtabs(3)), repr("\t".expandtabs(-1)))
print(repr("ab".center(7, "*")), repr("ab".center(6, "*")), repr("abc".center(6)), repr("abc".center(2)))
print(repr("ab".ljust(5, "-")), repr("ab".rjust(5, "-")), repr("ab".ljust(1)), repr("".rjust(2, "x")))
for call in [lambda: "a".center(5, "ab"), lambda: "a".center(5, ""), lambda: "a".ljust("5"), lambda: "a".zfill("2"),
             lambda: "a".rjust(5, 1), lambda: "a".center()]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(repr("  x  ".strip()), repr("xxaxx".strip("x")), repr("abcba".lstrip("ab")), repr("abcba".rstrip("ab")),
      repr("\x0b\x0c\x1c x \u3000".strip()), repr("  a".strip(None)), repr("aaa".strip("a")))
try:
    "a".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
