f, g = frozenset([1, 2, 3]), frozenset([3, 4])
print(f | g, f & g, f - g, f ^ g, f <= g, f > frozenset([1]), f == {1, 2, 3}, type(f | g).__name__, type(f.union([5])).__name__)
print(frozenset(), frozenset([]) is frozenset(), frozenset("aab") == frozenset("ba"), f.copy() is f, len(f), 2 in f, [] in f if False else 0)
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset([1])) == hash(frozenset({1: 0})))
d = {frozenset([1]): "one", frozenset(): "empty"}
print(d[frozenset({1})], d[frozenset()], {frozenset([1, 2]), frozenset([2, 1])})
x = f
x |= {9}
print(x, f, x is f)
for call in [lambda: f.add(1), lambda: f.remove(1), lambda: f | 1, lambda: frozenset(5), lambda: frozenset([[]]), lambda: f.update([1])]:
    try:
        print(call())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class FS(frozenset):
    pass
h = FS([1, 2])
print(type(h).__name__, sorted(h), type(h | {3}).__name__, type(h.copy()).__name__, h == frozenset([1, 2]))
print(sorted(frozenset([3, 1, 2])), repr(frozenset()), repr(frozenset([5])), repr(FS([7])))
