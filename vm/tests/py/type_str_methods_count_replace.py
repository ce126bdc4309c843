s = "abracadabra"
print(s.count("a"), s.count("abra"), s.count(""), s.count("a", 3), s.count("a", 3, 8), s.count("a", -4), s.count("zz"))
print("".count(""), "aaa".count("aa"), "abc".count("", 1), "abc".count("", 5))
print(s.replace("a", "A"), s.replace("a", "A", 2), s.replace("", "-"), s.replace("", "-", 3), s.replace("abra", ""))
print("aaa".replace("a", "b", 0), "aaa".replace("a", "b", -1), "".replace("", "x"), "abc".replace("x", "y"))
print(s.find("c"), s.rfind("a"), s.index("d"), s.rindex("b"), s.find("a", -2), s.rfind("a", 0, 5), s.find(""), s.rfind(""))
for call in [lambda: s.index("z"), lambda: s.rindex("z"), lambda: s.count(5), lambda: s.replace(1, "x"),
             lambda: s.replace("a"), lambda: s.find(None), lambda: s.count("a", "b")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("Straße".upper(), "İ".lower(), "hello world".title(), "they're bill's".title(), "ß".casefold())
print("hELLO wORLD".swapcase(), "aBc".capitalize(), "123abc".capitalize(), "ﬁ".upper(), "ΣΑΣ".lower())
