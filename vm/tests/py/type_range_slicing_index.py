r = range(2, 30, 3)
for s in [slice(None), slice(2, 5), slice(None, None, -1), slice(-3, None), slice(1, None, 2), slice(100, 200), slice(None, None, -4),
          slice(-1, -10, -2), slice(5, 1), slice(0, 1, 10)]:
    print(s, r[s], list(r[s]))
print(r.index(11), r.count(11), r.count(12), r.count("a"), 11.0 in r, r.index(True) if 1 in r else "no", list(range(5)).index(3))
class I:
    def __index__(self):
        return 3
print(range(I()), range(10)[I()], range(0, 10, I()), list(range(I(), 9, I())))
print(range(10)[1:8:2][::-1], range(-5, 5)[::3], list(reversed(range(1, 10, 4))), sorted(range(3), reverse=True))
print(repr(range(0, 5, 1)), repr(range(5, -5, -2)), str(range(3)), range(3) != range(4), range(0, 3, 2) == range(0, 4, 2))
for call in [lambda: range(5).index(1.5), lambda: range(5)[1:2:0], lambda: r.index(12)]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
