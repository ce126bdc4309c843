# tuple and range: index/count ranges, comparison, slicing, hashing, errors.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, 1), t.count(2), t.count(9))
show(t.index, 9)
show(t.index, 2, 4)
print(t[1:3], t[::-1], t[-2:], t * 2, (1,) + (2,), () == tuple(), tuple("ab"), tuple(range(3)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))
show(hash, (1, [2]))
show(lambda: t[10])
show(lambda: t + [1])
show(lambda: t.__setitem__)
a, *rest = t
print(a, rest, len(t), 3 in t, 9 not in t, min(t), max(t), sum(t))
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], r[::-1], 5 in r, 6 in r)
print(r.index(8), r.count(8), r.count(9), r.start, r.stop, r.step)
show(r.index, 9)
show(range, 1, 2, 0)
show(range, 1.5)
show(lambda: r[100])
print(range(0) == range(5, 5), range(0, 3) == range(3), hash(range(3)) == hash(range(0, 3)))
print(list(range(5, 0, -2)), list(range(-3)), range(10**20)[5])
show(len, range(0, 10**20, 7))
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 10, 4))), bool(range(0)))
print(range(3, 10, 2)[1:], range(10)[::3], range(10)[-3:], range(10)[2:-2:2])
