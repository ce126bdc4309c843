d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("new", []), d)
d["new"].append("x")
print(d.pop("new"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"b": 20, "d": 4})
d.update(e=5)
d.update([("f", 6)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("xyz"), dict.fromkeys([1, 2], 0))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
print(dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", [1, 2])))
print(d == {"a": 1, "b": 20, "d": 4, "e": 5, "f": 6}, {1: 2} == {1: 2.0}, {} == dict())
d.clear()
print(d)
merged = {"a": 1} | {"b": 2, "a": 3}
print(merged)
merged |= {"z": 26}
print(merged)
try:
    {}.popitem()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}.pop("k")
except KeyError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(type(e).__name__, e, repr(e), e.args)
nested = {"outer": {"inner": [1, 2]}}
nested["outer"]["inner"].append(3)
print(nested, nested["outer"]["inner"][-1])
print({1: "int", 1.0: "float", True: "bool"})
print({(1, 2): "tuple key", None: "none key", frozenset([1]): "fs"})
