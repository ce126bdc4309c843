for s, sep in [("a=b=c", "="), ("abc", "="), ("", "x"), ("==", "="), ("key: value", ": "), ("aaa", "aa")]:
    print(repr(s), repr(sep), s.partition(sep), s.rpartition(sep))
for bad in ["", 5, None]:
    try:
        "abc".partition(bad)
    except (TypeError, ValueError) as e:
        print(repr(bad), type(e).__name__, e)
print("prefix_body".removeprefix("prefix_"), "x".removeprefix(""), "abc".removeprefix("abcd"))
print("body.txt".removesuffix(".txt"), "abc".removesuffix(""), "abc".removesuffix("zabc"))
print("hello".startswith(("x", "he")), "hello".startswith("ell", 1), "hello".startswith("ell", 1, 3),
      "hello".endswith(("lo", "x")), "hello".endswith("hel", 0, 3), "hello".startswith(""), "".endswith(""),
      "hello".startswith("h", 10), "hello".endswith("o", -1), "abc".startswith(()))
for bad in [5, ["a"], ("a", 5)]:
    try:
        "abc".startswith(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "abc".endswith(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".removeprefix(1)
except TypeError as e:
    print(type(e).__name__, e)
