class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst

    def __init__(self, a, b=0):
        print("__init__", a, b, self.created_by_new)
        self.a = a


t = Traced(1, b=2)
print(t.a, type(t).__name__)


class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating singleton")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init runs every time")


s1 = Singleton()
s2 = Singleton()
print(s1 is s2)


class Other:
    pass


class ReturnsOther:
    def __new__(cls):
        return Other()

    def __init__(self):
        print("never called: __new__ returned a non-instance")


r = ReturnsOther()
print(type(r).__name__)


class Positive(int):
    def __new__(cls, value):
        return super().__new__(cls, abs(value))


p = Positive(-5)
print(p, p + 1, type(p).__name__, isinstance(p, int))


class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())

    def shout(self):
        return self + "!"


u = Upper("hey")
print(u, u.shout(), len(u), type(u.lower()).__name__)


class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


pt = Pt(3, 4)
print(pt, pt.x, pt[1], len(pt))


class InitReturns:
    def __init__(self):
        return 5


try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

o = object.__new__(Traced)
print(type(o).__name__, hasattr(o, "a"))
try:
    object()
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
