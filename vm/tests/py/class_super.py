class Base:
    def __init__(self, value):
        print("Base.__init__", value)
        self.value = value

    def describe(self):
        return "Base(%s)" % self.value

    @classmethod
    def create(cls, v):
        print("Base.create for", cls.__name__)
        return cls(v)


class Child(Base):
    def __init__(self, value, extra):
        print("Child.__init__")
        super().__init__(value)
        self.extra = extra

    def describe(self):
        return "Child[" + super().describe() + ", %s]" % self.extra

    @classmethod
    def create(cls, v):
        print("Child.create")
        return super().create(v)


class GrandChild(Child):
    def __init__(self, v):
        super().__init__(v, "gc")

    def describe(self):
        return "GC{" + super().describe() + "}"


print(Child(1, "x").describe())
print(GrandChild(2).describe())
try:
    Child.create(5)
except TypeError as e:
    print(type(e).__name__, e)


class GC2(Child):
    def __init__(self, v):
        super().__init__(v, "from create")


print(GC2.create(7).describe())

# explicit two-argument form
g = GrandChild(3)
print(super(GrandChild, g).describe())
print(super(Child, g).describe())

# cooperative multiple inheritance: every __init__ runs once


class Root:
    def __init__(self):
        print("Root")


class Left(Root):
    def __init__(self):
        print("Left before")
        super().__init__()
        print("Left after")


class Right(Root):
    def __init__(self):
        print("Right before")
        super().__init__()
        print("Right after")


class Bottom(Left, Right):
    def __init__(self):
        print("Bottom before")
        super().__init__()
        print("Bottom after")


Bottom()


class Attr(Base):
    def __init__(self):
        super().__init__(0)

    def get(self):
        return super().describe, super().__class__.__name__


print(Attr().get()[0]())
