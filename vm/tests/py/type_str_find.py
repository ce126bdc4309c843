s = "abracadabra"
print(s.find("bra"), s.find("bra", 2), s.find("zzz"), s.find("a", -3), s.find(""), s.find("", 20))
print(s.rfind("bra"), s.rfind("a", 0, 5), s.rfind("q"))
print(s.index("cad"), s.rindex("a"), s.count("a"), s.count("abra"), s.count(""), s.count("a", 5))
print(s.startswith("abr"), s.startswith("bra", 1), s.startswith(("x", "ab")), s.endswith("bra"),
      s.endswith("cad", 0, 7), s.endswith(()))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("zz", "y"))
print("aaa".replace("a", "aa"), "hello".replace("l", ""))
print(s.removeprefix("abra"), s.removesuffix("abra"), s.removeprefix("zz"))
try:
    s.index("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("zzz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print("x" in s, "cad" in s, s.__contains__("abra"))
