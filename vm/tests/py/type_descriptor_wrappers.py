# staticmethod, classmethod and property as CPython 3.11 has them: copied
# wrapper attributes, repr, __isabstractmethod__, writable docs, a getter's
# doc following the getter, __set_name__'s argument count; a failing
# __set_name__ during class creation; class cells checked after the
# metaclass; object.__new__/__init__ refusing arguments.


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


def func(x: int) -> str:
    "function doc"
    return str(x)


for wrapper in (staticmethod, classmethod):
    w = wrapper(func)
    print(wrapper.__name__, w.__name__, w.__qualname__, w.__doc__, w.__module__,
          w.__annotations__, w.__wrapped__ is func, w.__func__ is func)
    print(repr(w).replace(repr(func), "FUNC"))
    print(sorted(w.__dict__))
    w.extra = 1
    print(w.extra, w.__isabstractmethod__)
    func.__isabstractmethod__ = True
    print(wrapper(func).__isabstractmethod__)
    del func.__isabstractmethod__

# property docs


class Base:
    @property
    def spam(self):
        "Base.getter"
        return 1

    @spam.getter
    def spam(self):
        "new docstring"
        return 8


class Sub(Base):
    @Base.spam.getter
    def spam(self):
        "Sub.getter"
        return 5


print(Base.spam.__doc__, Sub.spam.__doc__, Sub().spam)


class Explicit:
    @property
    def spam(self):
        "getter doc"
        return 1
    spam = property(spam.fget, doc="explicit")

    @spam.getter
    def spam(self):
        "other"
        return 2


print(Explicit.spam.__doc__)
p = property(doc="basic")
p.__doc__ = "extended"
print(p.__doc__)
del p.__doc__
print(p.__doc__)
for val in (True, False, [], [1], "", "1"):
    def foo(self):
        pass
    foo.__isabstractmethod__ = val
    print(property(foo).__isabstractmethod__, end=" ")
print(property().__isabstractmethod__)


class NotBool:
    def __bool__(self):
        raise ValueError("no truth")


def bad(self):
    pass


bad.__isabstractmethod__ = NotBool()
attempt("abstract truth", lambda: property(bad).__isabstractmethod__)
for count in (0, 1, 3):
    attempt(f"set_name {count}", lambda: property().__set_name__(*([0] * count)))

# A failing __set_name__ is reported as a RuntimeError caused by it.


class Named:
    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")


try:
    class Holder:
        attr = Named()
except RuntimeError as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)

# The class cell


class DropCell(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop("__classcell__", None)
        return super().__new__(cls, name, bases, namespace)


try:
    class WithRef(metaclass=DropCell):
        def f(self):
            return __class__
except RuntimeError as e:
    print(type(e).__name__, str(e).split(" as ")[0], "...")


class WrongCell(type):
    def __new__(cls, name, bases, namespace):
        made = super().__new__(cls, name, bases, namespace)
        type("Other", (), namespace)
        return made


try:
    class Pointed(metaclass=WrongCell):
        def f(self):
            return __class__
except TypeError as e:
    print(type(e).__name__, str(e).split(" defining ")[0].split(".")[-1])

# object.__new__ / object.__init__ arguments


class C:
    pass


class D:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


attempt("C(42)", lambda: C(42))
attempt("C.__new__", lambda: C.__new__(C, 42))
attempt("C().__init__", lambda: C().__init__(42))
attempt("object.__new__(C)", lambda: object.__new__(C, 42))
attempt("object.__init__(C())", lambda: object.__init__(C(), 42))
attempt("D(42)", lambda: D(42))
attempt("E().__init__", lambda: E().__init__(42))
attempt("E(kw=1)", lambda: E(kw=1))

# Attributes of a class whose instances have no dict are read-only.


class Slotted:
    y = 0
    __slots__ = ("z",)


attempt("slot set class attr", lambda: setattr(Slotted(), "y", 1))
attempt("slot del class attr", lambda: delattr(Slotted(), "y"))
attempt("slot set other", lambda: setattr(Slotted(), "x", 1))
attempt("slot del other", lambda: delattr(Slotted(), "x"))

# Special methods stored as properties: a comparison whose method cannot
# be fetched falls back; __init__ is fetched through the getter.


def booh(self):
    raise AttributeError("booh")


class PropEq:
    __eq__ = property(booh)


x = PropEq()
print(x == x, PropEq() == PropEq(), x != x)


class PropInit:
    __init__ = property(booh)


attempt("init property", PropInit)


class GetterInit:
    @property
    def __init__(self):
        return lambda *args: print("init got", args)


GetterInit(1, 2)
