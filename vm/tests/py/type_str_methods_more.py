# str methods less covered elsewhere: partition, splitlines, expandtabs,
# translate, zfill, casefold, title, predicates, removeprefix, count ranges.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


s = "hello world, hello str"
print(s.partition(", "), s.partition("zz"), s.rpartition("hello"), s.rpartition("zz"))
show(s.partition, "")
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h".splitlines())
print("x\ny\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "ab\tc".expandtabs(0))
print("hello".translate({104: "H", 108: None}), "abc".translate(str.maketrans("ab", "xy")))
print(str.maketrans("ab", "xy", "c"), "abcabc".translate(str.maketrans("", "", "b")))
print(str.maketrans({"a": "1", 98: None}))
show(str.maketrans, "ab", "x")
print("42".zfill(5), "-42".zfill(5), "+x".zfill(3), "abc".zfill(1))
print("Straße".casefold(), "HeLLo".swapcase(), "hello big world".title(), "it's a test".title())
print("Hello World".istitle(), "Hello world".istitle(), "".istitle())
print("abc".isidentifier(), "1abc".isidentifier(), "_x1".isidentifier(), "a-b".isidentifier())
print("123".isdecimal(), "½".isnumeric(), "½".isdigit(), "²".isdigit(), "²".isdecimal())
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable(), "é".isascii(), "e".isascii())
print("prefix-body".removeprefix("prefix-"), "body.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(s.count("l"), s.count("l", 5), s.count("l", 5, 12), s.count(""), s.count("", 30))
print(s.find("o", 5), s.rfind("o", 0, 10), s.index("world"), s.rindex("hello"))
show(s.index, "nope")
show(s.rindex, "x", 0, 3)
print(s.startswith(("x", "hell")), s.endswith("str", 0, 23), s.startswith("world", 6, 11))
show(s.startswith, ["hello"])
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,c".rsplit(",", 1), "  a  b ".split(None, 1))
print("  a  b ".rsplit(maxsplit=1), "abc".split("b"), "".split(","), "".split())
print("-".join("abc"), "ab".center(7, "*"), "abc".ljust(5, "."), "abc".rjust(5), "ab".center(1))
show("ab".center, 5, "**")
print("xxhixx".strip("x"), "  hi ".lstrip(), " hi  ".rstrip(), "abcba".strip("ab"))
print("hello"[::-1], "hello"[1:4], "hello"[-3:], "héllo".upper(), "ǅ".lower())
print("{} {}".format(1, 2), "{0}{1}{0}".format("a", "b"), "{x}".format(x=5), "{:>4}".format("r"))
print("%s-%d-%.2f" % ("a", 3, 1.5), "%5s|%-5s|" % ("r", "l"), "%x %o %e" % (255, 8, 1234.5))
