t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, -2), t[1:3], t[::-1], t + (5,), t * 2, 2 * (1,), (1,) * 0, () * 5)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, "a") == (1, "a"), (1, [2]) == (1, [2]), hash((1, 2)) == hash((1, 2)))
for call in [lambda: t[10], lambda: t["a"], lambda: t.index(9), lambda: t.index(2, "x"), lambda: t + [1], lambda: t * 1.5,
             lambda: (1, "a") < ("a", 1), lambda: t.count(), lambda: tuple(5), lambda: tuple(1, 2), lambda: t.__setitem__(0, 1)]:
    try:
        print(call())
    except (IndexError, TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
a, *b = t
print(a, b, tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x * 2 for x in t), t.__len__(), t.__contains__(3), len(()), t is not t[:])
x = (1, 2)
y = x
y += (3,)
print(x, y, x is y, tuple(x) is x, t[:] is t, t[0:4] is t)
