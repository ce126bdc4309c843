data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
words = ["bb", "a", "ccc", "dd", "e", "fff"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
l = [3, 1, 2]
print(l.sort(), l, l.sort(reverse=True), l)
l = list(range(10))
l.sort(key=lambda x: x % 3)
print(l)
l.sort(key=lambda x: -(x % 3), reverse=True)
print(l)
print(sorted([1.5, 1, True, 0.5, False]), sorted("hello"), sorted({3: 1, 1: 2}), sorted([], reverse=True))
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(2), K(1), K(3)]), max([K(2), K(5)]), min(K(4), K(1)))
for call in [lambda: sorted([1, "a"]), lambda: [1, None].sort(), lambda: sorted([1], key=5), lambda: [].sort(1),
             lambda: sorted([1], cmp=None), lambda: sorted([{}, {}])]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
l = [5, 3, 1]
try:
    l.sort(key=lambda x: (l.append(x), x)[1])
except ValueError as e:
    print(type(e).__name__, e)
calls = []
print(sorted([3, 1, 2], key=lambda x: calls.append(x) or x), calls)
