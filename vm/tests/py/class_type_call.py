# type(name, bases, dict) creates classes dynamically


def init(self, v):
    self.v = v


Base = type("Base", (), {"kind": "base", "__init__": init, "get": lambda self: self.v})
print(Base.__name__, Base.kind, Base(5).get(), type(Base).__name__)
Child = type("Child", (Base,), {"kind": "child", "double": lambda self: self.v * 2})
c = Child(21)
print(c.kind, c.get(), c.double(), isinstance(c, Base), [k.__name__ for k in Child.__mro__])
Empty = type("Empty", (), {})
print(Empty.__bases__[0].__name__, Empty().__class__.__name__)
print(type(1).__name__, type("s") is str, type(type) is type, type(Base("x")) is Base)
Multi = type("Multi", (Child, object), {"__repr__": lambda self: "<Multi %r>" % (self.v,)})
print(Multi(1), Multi.__qualname__, Multi.__module__)
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
Counted = type("Counted", (), {"n": 0, "inc": classmethod(lambda cls: setattr(cls, "n", cls.n + 1))})
Counted.inc()
Counted.inc()
print(Counted.n)
