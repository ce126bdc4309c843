a = {1: "a", 2: "b", 3: "c"}
b = {2: "x", 3: "c", 4: "d"}
ka, kb = a.keys(), b.keys()
print(ka & kb, ka | kb, ka - kb, ka ^ kb, kb - ka)
print(ka & {1, 9}, ka | [5], ka - (1,), ka ^ {3, 7}, {1, 5} & ka, [9] | ka, ka == {1, 2, 3}, ka == [1, 2, 3])
ia, ib = a.items(), b.items()
print(sorted(ia & ib), sorted(ia - ib), sorted(ia | ib), sorted(ia ^ ib))
print(ka <= {1, 2, 3, 4}, ka < {1, 2, 3}, ka >= {1}, ka.isdisjoint({7}), ia.isdisjoint(ib), (3, "c") in ia, (3, "x") in ia, [3] in ia if False else 0)
print(len(ka), 2 in ka, 9 in ka, list(reversed(ka)), list(reversed(a.values())), type(ka & kb).__name__)
for call in [lambda: ka & 5, lambda: ka | None, lambda: a.values() & {1}, lambda: ka - 1, lambda: ka < 3]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
k = a.keys()
a[9] = "z"
print(k, len(k), a.values(), a.items())
del a[1]
print(k, list(a.items()))
it = iter(a)
a[10] = 0
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
v = {1: [1]}.values()
print(v == v, {}.keys() == set(), {1: 2}.items() == {(1, 2)}, repr({}.keys()), repr({1: 2}.items()))
