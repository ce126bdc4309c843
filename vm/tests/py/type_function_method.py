def f(x, y=2):
    """doc"""
    return x + y


print(type(f).__name__, f.__name__, f.__doc__, f.__defaults__, callable(f))
print(str(f).startswith("<function f at 0x"), repr(f).startswith("<function f at"))
print(f(1), f(1, 1), f(y=10, x=5))
g = f
print(g is f, g == f, g.__name__)


class C:
    def __init__(self, v):
        self.v = v

    def method(self, k=1):
        return self.v * k

    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm(x):
        return x


c = C(7)
m = c.method
print(type(m).__name__, m(), m(3), m.__self__ is c, m.__func__ is C.method, m.__name__)
print(repr(m).startswith("<bound method C.method of"))
print(type(C.method).__name__, C.method(c, 2), type(C.cm).__name__, C.cm(), type(C.sm).__name__, C.sm(9))
print(c.method == c.method, c.method is c.method, C(7).method == c.method)
bm = [c.method for _ in range(2)]
print(bm[0] == bm[1])
c2 = C(10)
unbound = C.method
print(unbound(c2), list(map(C.method, [c, c2])))
# methods bound to different instances compare unequal
print(c.method == c2.method)
# built-in methods
ap = [].append
print(type(ap).__name__, type(len).__name__, len.__name__, ap.__name__, "abc".upper.__self__)
lst = []
push = lst.append
push(1)
push(2)
print(lst)
print(type(lambda: 0).__name__, (lambda: 0).__qualname__)


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__, outer().__name__, outer.__module__)
print(f.__globals__ is globals())
print(sorted(k for k in ("__name__", "__doc__", "__defaults__", "__code__", "__dict__") if hasattr(f, k)))
