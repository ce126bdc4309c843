d = {"a": 1, "b": 2, "c": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
d["d"] = 4
print(len(keys), list(values), ("d", 4) in items, "d" in keys, 4 in values)
del d["a"]
print(keys, len(items))
print(keys & {"b", "x"} == {"b"}, sorted(keys | {"z"}), sorted(keys - {"b"}), sorted(keys ^ {"b", "q"}))
print(keys == {"b", "c", "d"}, keys == ["b", "c", "d"], items == {("b", 2), ("c", 3), ("d", 4)})
print(sorted(items & {("b", 2), ("c", 99)}), keys.isdisjoint(["x", "y"]))
print(list(iter(keys)), [k + str(v) for k, v in items])
it = iter(d)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.values())
del d["b"]
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    keys[0]
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(keys)), dict(items))
