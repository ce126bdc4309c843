# functools.singledispatch, singledispatchmethod and partialmethod.
import collections
import collections.abc
import functools
import typing


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        text = str(e)
        if " at 0x" in text:
            text = text[:text.index(" at 0x")] + text[text.index(">", text.index(" at 0x")):]
        print(type(e).__name__, text)


@functools.singledispatch
def describe(value):
    return "object"


@describe.register
def _(value: int):
    return "int"


@describe.register(list)
def _(value):
    return "list"


@describe.register(collections.abc.Mapping)
def _(value):
    return "mapping"


@describe.register
def _(value: str | bytes):
    return "text"


@describe.register
def _(value: typing.Union[float, complex]):
    return "real or complex"


print(describe(1), describe(True), describe([]), describe({}), describe("a"), describe(b""))
print(describe(1.5), describe(2j), describe(None), describe(collections.OrderedDict()))
print(describe.dispatch(bool).__name__, describe.registry[object] is describe.__wrapped__)
print(sorted(c.__name__ for c in describe.registry))
show(lambda: describe())


def bad_annotation():
    @describe.register
    def _(value: typing.Iterable[str]):
        pass
show(bad_annotation)


def bad_union():
    @describe.register
    def _(value: typing.Union[int, typing.Iterable[str]]):
        pass
show(bad_union)


def no_annotation():
    @describe.register
    def _(value):
        pass
show(no_annotation)
show(lambda: describe.register(3, lambda v: v))


class Base:
    pass


class Derived(Base):
    pass


@functools.singledispatch
def kind(obj):
    return "unknown"


kind.register(Base, lambda obj: "base")
print(kind(Derived()), kind(Base()), kind(5))
kind.register(Derived, lambda obj: "derived")
print(kind(Derived()), kind(Base()))


class Shape:
    def __init__(self, scale):
        self.scale = scale

    def resize(self, factor, offset=0):
        return self.scale * factor + offset

    double = functools.partialmethod(resize, 2)
    shifted = functools.partialmethod(resize, offset=100)

    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"

    @area.register
    def _(self, arg: int):
        return self.scale * arg

    @area.register(str)
    def _(self, arg):
        return arg * self.scale


s = Shape(3)
print(s.double(), s.double(offset=1), s.shifted(5), s.area(4), s.area("ab"), s.area(1.0))
print(repr(functools.partialmethod(max, 1, key=abs)))
show(lambda: functools.partialmethod(5))
nested = functools.partialmethod(functools.partialmethod(Shape.resize, 5), offset=1)
print(nested.args, nested.keywords)
print(isinstance(functools.RLock(), type(functools.RLock())))
