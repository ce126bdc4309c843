# dict methods: fromkeys, setdefault, pop, popitem, update forms, views,
# union operators, copy semantics, errors.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


d = dict.fromkeys("abc", 0)
print(d, dict.fromkeys([1, 2]), dict.fromkeys([]))
print(d.setdefault("a", 5), d.setdefault("z", 9), d)
print(d.pop("z"), d.pop("missing", "default"))
show(d.pop, "missing")
print(d.popitem(), d)
show({}.popitem)
d.update({"x": 1}, y=2)
d.update([("w", 3)])
d.update(v=4)
print(d)
show(d.update, [1, 2])
show(d.update, 5)
show(d.update, {}, {})
print(d | {"a": 100}, {"n": 1} | d == {**{"n": 1}, **d})
d |= {"new": True}
print(d)
show(lambda: d | [1])
k, v, i = d.keys(), d.values(), d.items()
d["later"] = 0
print(list(k)[-1], len(v), ("later", 0) in i, "a" in k, 100 in v)
print(sorted(k & {"a", "x", "nope"}), k | {"q"} >= {"q"}, k - {"a"} == set(d) - {"a"}, k ^ {"a"} == set(d) ^ {"a"})
print(sorted(reversed(d)) == sorted(d), list(reversed({1: 2, 3: 4})))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"], c == d, c is d)
print(dict(a=1, b=2), dict([(1, 2)]), dict({"k": "v"}, extra=1), dict(zip("ab", [1, 2])))
show(dict, [(1, 2, 3)])
show(dict, [1])
print(d.get("nope"), d.get("nope", 0), len(d), bool({}), {1: "a"} == {1.0: "a"})
show(lambda: {}[[1]])
show(lambda: {[1]: 2})
show(lambda: d["nope"])
e = {}
e[(1, 2)] = "tuple key"
e[frozenset({1})] = "frozen"
e[None] = "none"
print(e)
d.clear()
print(d, repr({1: {2: {}}}))
rec = {}
rec["self"] = rec
print(rec)
