t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-2], type(t).__name__)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print((1, 2) + (3,), (0,) * 3, 2 in (1, 2), (1, 2, 3, 2).count(2), (1, 2, 3, 2).index(2),
      (1, 2, 3, 2).index(2, 2))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), (1, 2) == (1, 2), (1, 2) == [1, 2])
print(max((3, 1), (2, 9)), sorted([(2, "b"), (1, "z"), (2, "a")]), min([(1, 2), (1, 1)]))
a, b = (1, 2)
x = 1, 2, 3
print(a, b, x, type(x).__name__)
nested = ([1, 2], [3])
nested[0].append(99)
print(nested)
print(hash((1, 2, 3)) == hash((1, 2, 3)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash((0,)), hash(()), hash((-1,)), hash(((1, 2), 3)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
print(repr((1,)), str(("a", 'b"')), (((),),))
