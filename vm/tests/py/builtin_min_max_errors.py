print(min(3, 1, 2), max("b", "c", "a"), min([4, 5]), max((1,), key=None), min("xyz", key=ord), max([], default="empty"),
      min([3, 1], default=0), max([1, 2, 3], key=lambda v: -v), min([[2], [1, 5]]), max(x for x in [1, 9, 4]))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max(["a", "bb", "cc"], key=len), min({3: 1, 2: 2}), max("a"), min(iter([5])))
for call in [lambda: min(), lambda: max([]), lambda: min([], key=len), lambda: max(1, 2, default=0), lambda: min(5),
             lambda: max([1, "a"]), lambda: min([1], bogus=1), lambda: max(1, 2, key=5), lambda: min(None)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
