# functools as CPython has it: reduce and cmp_to_key are builtins (they do
# not bind in a class), partial pickles, copies, guards its repr and keeps
# its attributes read-only, lru_cache hashes a key once and survives
# caching len itself, singledispatch composes ABCs into the MRO with C3,
# cached_property reports a read-only __dict__, total_ordering on a
# metaclass.
import builtins
import collections.abc as c
import copy
import functools
import pickle


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


class Holder:
    reduce = functools.reduce
    cmp_to_key = functools.cmp_to_key


h = Holder()
print(h.reduce(lambda a, b: a + b, [1, 2, 3]), h.reduce(lambda a, b: a * b, [], 7))
attempt("reduce empty", lambda: h.reduce(lambda a, b: a, []))
attempt("reduce not iterable", lambda: h.reduce(lambda a, b: a, 3))


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError


print(functools.reduce(lambda a, b: a + b, Seq(), 10))
key = h.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=key), key(obj=5).obj, key(1) < key(2), key(1) == key(1))
try:
    hash(key(1))
except TypeError:
    print("key unhashable")
attempt("cmp_to_key twice", lambda: functools.cmp_to_key(len, mycmp=len))
attempt("cmp_to_key none", lambda: functools.cmp_to_key())

# partial


def capture(*args, **kw):
    return args, kw


p = functools.partial(capture, 1, a=2)
attempt("set func", lambda: setattr(p, "func", len))
attempt("set args", lambda: setattr(p, "args", ()))
attempt("del dict", lambda: delattr(p, "__dict__"))
p.attr = [1]
reduced = p.__reduce__()
print(reduced[0] is functools.partial, reduced[1][0] is capture, reduced[2][1:], p(3, b=4))
q = copy.copy(p)
print(q.args is p.args, q.keywords is p.keywords, q.attr is p.attr, q(0))
r = copy.deepcopy(p)
print(r.attr == p.attr, r.attr is p.attr, r(0))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.loads(pickle.dumps(functools.partial(max, [1, 5], key=abs), proto))
    print(proto, s(), s.func is max)
p.__setstate__((capture, (9,), None, None))
print(p.args, p.keywords, p.__dict__, p(1))
for bad in [(capture, (), {}), (capture, (), {}, {}, None), [capture, (), {}, None],
            (None, (), {}, None), (capture, None, {}, None), (capture, (), [], None)]:
    attempt("bad state", lambda: p.__setstate__(bad))


class MyTuple(tuple):
    pass


p.__setstate__((capture, MyTuple((1,)), {"k": 1}, None))
print(type(p.args).__name__, p())
p.__setstate__((p, (), {}, {}))
print(repr(p))
p.__setstate__((capture, (p,), {}, {}))
print(repr(p).replace(repr(capture), "CAPTURE"))
p.__setstate__((capture, (), {"a": p}, {}))
print(repr(p).replace(repr(capture), "CAPTURE"))
inner = functools.partial(capture, "x")
print(functools.partial(inner, y=1).func is capture)

# lru_cache
print(functools._CacheInfo(1, 2, 3, 4))


class Hashed:
    hashes = 0

    def __hash__(self):
        Hashed.hashes += 1
        return 99

    def __eq__(self, other):
        return self is other


@functools.lru_cache(maxsize=1)
def pair(x, y):
    return y


arg = Hashed()
pair(arg, 1)
pair(arg, 1)
print(Hashed.hashes, pair.cache_info())
old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(old_len)
    print([len("abcdefgh"[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]])
finally:
    builtins.len = old_len

# singledispatch with ABCs


class A:
    pass


class B(A):
    def __len__(self):
        return 0


@c.Container.register
class Cn:
    pass


class D:
    pass


class X(D, Cn, B):
    def __call__(self):
        pass


print([t.__name__ for t in functools._c3_mro(X, abcs=[c.Sized, c.Callable, c.Container])])


@functools.singledispatch
def kind(arg):
    return "base"


kind.register(c.Sized, lambda arg: "sized")
kind.register(c.Set, lambda arg: "set")
kind.register(list, lambda arg: "list")
print(kind([]), kind({}), kind(set()), kind(frozenset()), kind(1), kind(B()))


class Both(c.Sized, c.Container):
    def __len__(self):
        return 0

    def __contains__(self, item):
        return False


kind.register(c.Container, lambda arg: "container")
attempt("ambiguous", lambda: kind(type("Loose", (), {"__len__": lambda s: 0,
                                                     "__contains__": lambda s, i: False})()))
print(kind(Both()))


class Meta(type):
    pass


class Dispatch:
    @functools.singledispatchmethod
    @classmethod
    def go(cls, arg):
        "go doc"
        return "default"

    @go.register
    @classmethod
    def _(cls, arg: int):
        return "int"


print(Dispatch.go(1), Dispatch.go("s"), Dispatch.go.__name__, Dispatch.go.__doc__)

# cached_property


class MyMeta(type):
    @functools.cached_property
    def prop(self):
        return True


class WithMeta(metaclass=MyMeta):
    pass


attempt("immutable dict", lambda: WithMeta.prop)
try:
    class Reused:
        @functools.cached_property
        def a(self):
            pass
        b = a
except RuntimeError as e:
    print(type(e).__name__, "|", e.__cause__)

# total_ordering on a metaclass


@functools.total_ordering
class SortableMeta(type):
    def __lt__(self, other):
        return self.__name__ < other.__name__

    def __eq__(self, other):
        return self.__name__ == other.__name__

    __hash__ = type.__hash__


class Second(metaclass=SortableMeta):
    pass


class First(metaclass=SortableMeta):
    pass


print(First < Second, First > Second, First <= Second, sorted([Second, First]) == [First, Second])
