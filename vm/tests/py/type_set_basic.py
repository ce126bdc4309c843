s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, type(s).__name__)
s.add(4)
s.add(1)
print(s)
s.discard(10)
s.discard(3)
s.remove(4)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([7]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 8]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {9}, a.issubset(range(10)),
      a.issuperset([1, 2]), a.isdisjoint({9, 10}), a.isdisjoint(b))
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {1}
c ^= {2, 3}
print(sorted(c), len(c))
c.update([20, 21], (22,))
print(sorted(c))
c.intersection_update({3, 20, 99})
print(c)
c.difference_update([20])
print(c, c.pop(), c)
print(set(), set([1, 1, 2]), set("aaa"), set(range(5)), len(set()))
print({x % 3 for x in range(10)}, set((1, 2)) == {2, 1}, {1} == frozenset({1}))
s2 = {5, 6}
s3 = s2.copy()
s3.add(7)
print(s2, s3)
s3.clear()
print(s3, bool(s3), bool(s2))
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
print(sorted({1, 2, 3} - {2} | {9}), sorted({-1, -2, 100, 0}), sorted({2 ** 40, 1}))
print(sorted({"str", "items", "are", "sorted", "before", "printing"}))
