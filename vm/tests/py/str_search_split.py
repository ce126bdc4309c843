# count, find, rfind, index, rindex and split(sep) over ASCII and non-ASCII text, with
# windows, str subclasses, __index__ bounds and their errors.
t = "aé|bc||déf|" * 3
for sub in ["|", "é", "", "bc", "zz", "||", "f|a"]:
    print(repr(sub), t.count(sub), t.find(sub), t.rfind(sub), t.count(sub, 3, -2), t.find(sub, 4), t.rfind(sub, 0, 10), t.find(sub, 40), t.find(sub, -5, -1))
    print(t.split(sub) if sub else None)
a = "ascii|text|here"
print(a.split("|"), a.find("text"), a.index("here"), a.rindex("|"), a.count("e"), "".split("|"), "|".split("|"))
class S(str): pass
print(S("a,b").split(","), "x,y".split(S(",")), S("abcabc").count(S("bc")), S("abc").find("c"))
class I:
    def __index__(self): return 2
print(t.find("|", I()), t.count("|", I(), I()))
for bad in [lambda: t.find(3), lambda: str.find(3, "a"), lambda: t.count(), lambda: t.find("a", 1, 2, 3), lambda: t.split(""), lambda: t.index("zz"), lambda: t.split(3)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print("a b  c".split(), "a,b,c".split(",", 1), "a,b,c".split(sep=","))
big = ("word " * 50000 + "|") * 3
print(len(big.split("|")), big.count("wo"), big.find("|"), big.rfind("word"))
for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
    try:
        getattr("a", m)()
    except TypeError as e:
        print(e)
