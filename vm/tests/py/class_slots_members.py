# Member descriptors made by __slots__, and the layouts they imply.


class P:
    __slots__ = ("x", "y")


print(type(P.x).__name__, repr(P.x), P.x.__name__, P.x.__objclass__ is P)
p = P()
try:
    p.x
except AttributeError as e:
    print("unset:", e)
P.x.__set__(p, 5)
print(P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
P.x.__delete__(p)
try:
    del p.x
except AttributeError as e:
    print("del unset:", e)
try:
    P.x.__get__(3, int)
except TypeError as e:
    print("TypeError", e)
print(hasattr(p, "__dict__"), "x" in dir(p), sorted(k for k in P.__dict__ if not k.startswith("__")))
try:
    vars(p)
except TypeError as e:
    print("TypeError", e)


class Private:
    __slots__ = ("__secret", "plain")

    def __init__(self):
        self.__secret = 1
        self.plain = 2

    def secret(self):
        return self.__secret


pr = Private()
print(pr.secret(), pr.plain, sorted(k for k in Private.__dict__ if "secret" in k))


class WithDict:
    __slots__ = ["a", "__dict__"]

    def __init__(self):
        self.a = 1
        self.b = 2


w = WithDict()
print(w.__dict__, vars(w), w.a)
w.__dict__["c"] = 3
print(w.c, w.a, sorted(vars(w)))
del w.a
print(hasattr(w, "a"), w.__dict__)
w.a = 10
print(w.a, w.__dict__)


class Child(P):
    __slots__ = ("z",)


class Grand(Child):
    pass


g = Grand()
g.x, g.y, g.z, g.extra = 1, 2, 3, 4
print(g.x, g.y, g.z, g.extra, g.__dict__)
print(Child.z.__objclass__.__name__, Grand.__dict__.get("z"))


class Other:
    __slots__ = ("q",)


try:
    class Both(P, Other):
        pass
except TypeError as e:
    print("TypeError", e)


class Empty:
    __slots__ = ()


try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError", e)

for bad in [(1,), ("not an identifier",)]:
    try:
        type("Bad", (), {"__slots__": bad})
    except TypeError as e:
        print("TypeError", e)

Dyn = type("Dyn", (), {"__slots__": ("m",)})
d = Dyn()
d.m = "dyn"
print(d.m, type(Dyn.__dict__["m"]).__name__)


class Gen:
    __slots__ = (n for n in ("g1", "g2"))


gg = Gen()
gg.g1 = 1
print(gg.g1, hasattr(Gen, "g2"))


class A:
    __slots__ = ("v",)


class B:
    __slots__ = ("v",)


class A2(A):
    pass


class A3(A):
    __slots__ = ()


a = A()
a.v = 7
a.__class__ = B
print(type(a).__name__, a.v)
for target in (A2, Other, A3):
    try:
        a.__class__ = target
        print(type(a).__name__, a.v)
    except TypeError as e:
        print("TypeError", e)


class Err(Exception):
    __slots__ = ("code",)


e = Err("m")
e.code = 3
print(e.code, e.args)
