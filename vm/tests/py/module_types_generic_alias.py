# types.GenericAlias (list[int], ...) and types.UnionType (int | str), and
# the class machinery they use: __class_getitem__, __mro_entries__,
# __orig_bases__, class keywords passed to __init_subclass__.
import types


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))


print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes])
print(frozenset[int], type[int], dict[str, "Forward"], list[types.SimpleNamespace])
alias = list[int]
print(type(alias) is types.GenericAlias, alias.__origin__, alias.__args__, alias.__parameters__)
print(alias([1, 2]), alias == list[int], alias == list[str], hash(alias) == hash(list[int]))
print(alias.append is list.append, alias.__name__ if hasattr(alias, "__name__") else "-")
show(lambda: isinstance([], list[int]))
show(lambda: issubclass(list, list[int]))
print(types.GenericAlias(dict, (str, int)))
show(lambda: int[str])
show(lambda: len[int])


class Sub(list[int]):
    pass


print(Sub.__bases__, Sub.__orig_bases__, Sub([3]))

print(int | str, int | None, None | int, int | str | float, (int | str) | bytes)
print(int | int, type(int | str) is types.UnionType, (int | str).__args__)
print((int | str) == (str | int), (int | str) == (int | float), hash(int | str) == hash(str | int))
print(list[int] | None, int | list[str])
print(isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
show(lambda: isinstance(1, int | list[int]))
show(lambda: int | 3)
show(lambda: 3 | int)
show(lambda: "x" | int)
show(lambda: isinstance(1, 3))
show(lambda: issubclass(1, int))


class Meta(type):
    def __or__(cls, other):
        return "Meta.__or__"

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__


class WithMeta(metaclass=Meta):
    pass


print(WithMeta | int, int | WithMeta, WithMeta, str(WithMeta), [WithMeta])


class Entry:
    def __init__(self, *bases):
        self.bases = bases

    def __mro_entries__(self, bases):
        print("mro_entries got", len(bases), "bases")
        return self.bases


class Base1:
    pass


class Base2:
    pass


class Built(Entry(Base1, Base2), Entry()):
    pass


print(Built.__bases__, len(Built.__orig_bases__))


class BadEntry:
    def __mro_entries__(self, bases):
        return [object]


def make_bad():
    class Bad(BadEntry()):
        pass
show(make_bad)


class Registry:
    seen = []

    def __init_subclass__(cls, tag=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Registry.seen.append((cls.__name__, tag))


class A(Registry, tag="a"):
    pass


class B(A):
    pass


print(Registry.seen)


def bad_keyword():
    class C(extra=1):
        pass
show(bad_keyword)


class Generic1:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Generic1[int], Generic1["x", 2])
