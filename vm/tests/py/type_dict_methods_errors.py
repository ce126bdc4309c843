d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 9), d.pop("c"), d.pop("z", None), d)
print(d.popitem(), d, dict.fromkeys([1, 2]), dict.fromkeys("ab", []), dict(a=1, **{"b": 2}), dict([("x", 1)], y=2), dict({1: 2}))
d.update({"q": 1}, r=2)
d.update([("s", 3)])
print(d, list(d.keys()), list(d.values()), list(d.items()), d.copy() == d, d.copy() is d, len(d))
for call in [lambda: d["missing"], lambda: d.pop("missing"), lambda: {}.popitem(), lambda: d.update(5), lambda: d.update([1]),
             lambda: d.update([(1, 2, 3)]), lambda: dict(1), lambda: dict([[1]]), lambda: d.get(), lambda: d.setdefault(),
             lambda: {[]: 1}, lambda: d[[1]], lambda: d.fromkeys(5), lambda: dict(a=1).update(1, 2)]:
    try:
        print(call())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
e = {}
e[1] = "int"
e[1.0] = "float"
e[True] = "bool"
print(e, {1: 2} == {1.0: 2}, {"a": 1} != {"a": 2}, {} == {}, list({3: 0, 1: 0, 2: 0}))
del e[1]
print(e, e.clear(), e)
it = iter({1: 2, 3: 4})
print(next(it), list(it), list(reversed({1: 2, 3: 4})), {1: 2}.__len__())
