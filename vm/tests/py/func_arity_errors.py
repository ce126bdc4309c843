def check(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)


def none():
    return "none"


def one(a):
    return a


def two(a, b):
    return a, b


def three(a, b, c):
    return a, b, c


def opt(a, b=1):
    return a, b


def var(a, *args):
    return a, args


check(none, 1)
check(none, 1, 2)
check(one)
check(one, 1, 2)
check(two)
check(two, 1)
check(three)
check(three, 1)
check(opt)
check(opt, 1, 2, 3)
check(var)
check(one, 1, a=2)
check(two, 1, a=2)


class K:
    def meth(self, x):
        return x

    @staticmethod
    def st(x):
        return x

    @classmethod
    def cm(cls, x):
        return x


check(K().meth)
check(K().meth, 1, 2)
check(K.meth, 1)
check(K.st)
check(K.cm, 1, 2)
check(lambda: 0, 1)
check(lambda x, y=1: 0)
