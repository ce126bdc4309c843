a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b, a <= b, a < a, a <= a, {3} < b, b > {5}, a >= {1}, a == {4, 3, 2, 1}, a != b)
print(a.union([9], (8,)), a.intersection(range(3), [2, 1]), a.difference([1], {2}), a.symmetric_difference([4, 6]),
      a.issubset(range(10)), a.issuperset([1, 1]), a.isdisjoint([7, 8]), a.union(), a.intersection())
c = set(a)
c |= {10}
c &= {1, 2, 10, 11}
c -= {2}
c ^= {1, 12}
print(c)
c.update([20], {21})
c.intersection_update([10, 20, 21, 99])
c.difference_update([21])
c.symmetric_difference_update([20, 30])
print(c)
for call in [lambda: a | [1], lambda: a & "ab", lambda: a - None, lambda: a ^ 5, lambda: a < [1], lambda: a.union(5),
             lambda: a.issubset(3), lambda: {[]}, lambda: a.add({}), lambda: set().pop(), lambda: a.remove(99), lambda: set(1)]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
s = {1, 2}
s.discard(5)
s.discard(1)
s.add(3)
print(s, s.pop() in (2, 3), len(s), s.copy(), s.clear(), s, {1, 2} == frozenset([1, 2]), set() == set(), {()} | {(1,)} == {(), (1,)})
print(type({1} | frozenset([2])).__name__, type(frozenset([2]) | {1}).__name__, {1, 2} < frozenset([1, 2, 3]))
