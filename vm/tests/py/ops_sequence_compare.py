# Tuple and list comparisons: item by item up to the first difference,
# then that pair decides; lengths break ties.


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, Loud) and self.v == other.v

    def __lt__(self, other):
        print("lt", self.v, other.v)
        return self.v < other.v

    __hash__ = None


cases = [
    ((1, 2), (1, 3)), ((1, 2), (1, 2)), ((1, 2), (1, 2, 0)), ((), ()),
    ((1, "b"), (1, "a")), (("a", 1), ("a", 1.0)), ((1, 2.5), (1, 2)),
    ((2**70, 1), (2**70, 2)), ((-1, "x"), (-1, "x", None)),
    (([1], 2), ([1], 3)), (((1, 2), 3), ((1, 2), 2)), ((True, 1), (1, True)),
    ([1, 2, 3], [1, 2, 4]), (["a", "b"], ["a", "b"]), ([0.5, "z"], [0.5, "y"]),
]
for x, y in cases:
    print(x < y, x <= y, x == y, x != y, x > y, x >= y)

nan = float("nan")
t = (nan, 1)
print(t == t, (nan,) == (float("nan"),), [nan] == [nan], (1, nan) < (2, nan))

print((Loud(1), 2) == (Loud(1), 3))
print((Loud(1), 2) < (Loud(2), 0))
print([Loud(3)] < [Loud(3), 1])

for x, y in [((1, "a"), (1, 2)), ([None], [None, 1]), ([None, 1], [None, "a"])]:
    try:
        print(x < y)
    except TypeError as e:
        print("TypeError:", e)

words = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(words), sorted(words, key=lambda kv: (-kv[1], kv[0])))
print(max([(1, "z"), (1, "zz"), (0, "zzz")]), min([[2], [1, 5], [1]]))
