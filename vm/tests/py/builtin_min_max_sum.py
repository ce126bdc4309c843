print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max("hello"), min("b", "a"), max((1, 2), (1, 3)))
print(min([], default="empty"), max([], default=None), min([5], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([3, -7, 5], key=abs), min([3, -7, 5], key=lambda x: -x))
print(max([1, 1.0]), max([1.0, 1]), min([2, True]), max(["b", "B", "a"], key=str.lower))
print(max([(1, "b"), (1, "a")]), max({"x": 1, "y": 0}), min(range(5, 10)))
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum(range(101)), sum([[1], [2]], []))
print(sum([True, True, False]), sum((1.5, 2.5)), sum([1, 2.5]), sum([], start=7))
print(sum(x * x for x in range(4)), sum([10 ** 20, 1, -(10 ** 20)]))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: min(1, "a"),
            lambda: sum(["a", "b"]), lambda: sum(["a"], ""), lambda: sum([[1]])]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
