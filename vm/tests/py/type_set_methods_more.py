# set and frozenset methods with several arguments and their errors.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


s = {1, 2, 3}
print(sorted(s.union([4], (5,))), sorted(s.intersection({2, 3, 4}, [3])), sorted(s.difference([1], {2})))
print(sorted(s.symmetric_difference([3, 4])), s.isdisjoint([7]), s.issubset(range(5)), s.issuperset([1]))
t = set(s)
t.update([9], "a")
print(sorted(map(str, t)))
t.intersection_update([1, 2, 9])
print(sorted(t))
t.difference_update([9])
print(sorted(t))
t.symmetric_difference_update({2, 5})
print(sorted(t))
t.discard(99)
show(t.remove, 99)
print(t.pop() in {1, 5}, len(t))
t.clear()
show(t.pop)
print(t, set(), frozenset(), repr(frozenset({1})))
f = frozenset([1, 2])
print(f | {3}, type(f | {3}).__name__, type({3} | f).__name__, f & {2}, f - {1}, f ^ {2, 3})
print(hash(f) == hash(frozenset([2, 1])), f == {1, 2}, {frozenset([1]): "key"}[frozenset([1])])
show(hash, {1})
show(lambda: {[1]})
show(lambda: s | [1])
print({1, 2} <= {1, 2}, {1} < {1, 2}, {1, 2} > {1}, {1} == {1.0}, {0} == {False})
s2 = {1, 2}
s2 |= {3}
s2 &= {2, 3, 4}
s2 -= {2}
s2 ^= {5}
print(sorted(s2))
print(sorted({x % 3 for x in range(10)}), len(set("mississippi")))
c = s.copy()
c.add(100)
print(len(s), len(c))
