def check(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


def f(a, b=2):
    return a, b


def g(a, *, k):
    return a, k


def h(x, /):
    return x


check(f, 1, c=3)
check(f, a=1, zz=3)
check(g, 1, k=2, j=3)
check(g, 1, 2)
check(g, 1, 2, 3, k=0)
check(h, x=1)
check(f, 1, 2, b=3)


class C:
    def m(self, a):
        return a


check(C().m, b=1)
check(C().m, 1, a=1)
check(len, [1], x=1)
check(dict, a=1)
check(int, "5", 10)
check(int, x=5)
