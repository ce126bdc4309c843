"""The types of objects the interpreter makes, by name, for isinstance
checks; and SimpleNamespace."""

import sys


def _function():
    pass


FunctionType = type(_function)
LambdaType = FunctionType
CodeType = type(_function.__code__)
MappingProxyType = type(type.__dict__)


def _cell():
    value = None

    def read():
        return value

    return read.__closure__[0]


CellType = type(_cell())


def _generator():
    yield 1


GeneratorType = type(_generator())


async def _coroutine():
    pass


_coroutine_object = _coroutine()
CoroutineType = type(_coroutine_object)
_coroutine_object.close()
del _coroutine_object


async def _async_generator():
    yield 1


AsyncGeneratorType = type(_async_generator())


class _C:
    def _method(self):
        pass


MethodType = type(_C()._method)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)
MemberDescriptorType = type(type("_Slotted", (), {"__slots__": ("member",)}).member)

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = (f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"namespace({', '.join(items)})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it."""
    kwds = dict(kwds or {})
    meta = kwds.pop("metaclass", type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


def _type_repr(obj):
    """How a class or argument reads inside `list[...]` or `X | Y`."""
    if isinstance(obj, type) and not isinstance(obj, GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def _parameters_of(args):
    """The type variables among `args`, in order of first appearance."""
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, "__typing_subst__"):
            if arg not in found:
                found.append(arg)
        else:
            for p in getattr(arg, "__parameters__", ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _substitute(arg, mapping):
    if hasattr(arg, "__typing_subst__"):
        return mapping.get(arg, arg)
    params = getattr(arg, "__parameters__", ())
    if params and not isinstance(arg, type):
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


def _parameterize(alias, items, params, rebuild):
    if not params:
        raise TypeError("%s is not a generic class" % repr(alias))
    if not isinstance(items, tuple):
        items = (items,)
    if len(items) != len(params):
        raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
            "many" if len(items) > len(params) else "few", repr(alias), len(items), len(params)))
    mapping = dict(zip(params, items))
    return rebuild(tuple(_substitute(a, mapping) for a in alias.__args__))


_ALIAS_OWN = frozenset({"__origin__", "__args__", "__parameters__", "_as_unpacked"})
_ALIAS_NOT_FORWARDED = _ALIAS_OWN | {
    "__class__", "__bases__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", "__unpacked__", "__typing_unpacked_tuple_args__",
}


class GenericAlias:
    """A class with type arguments, as `list[int]` makes: calling it makes
    an instance of the class; the arguments are only recorded."""

    def __init__(self, origin, args, /):
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters_of(args))

    def __repr__(self):
        origin = self.__origin__
        args = self.__args__
        if not args and origin is tuple:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in args)
        return "%s[%s]" % (_type_repr(origin), inner)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getattr__(self, name):
        if name in _ALIAS_NOT_FORWARDED:
            raise AttributeError(name)
        return getattr(self.__origin__, name)

    def __setattr__(self, name, value):
        if name in _ALIAS_OWN:
            raise AttributeError("readonly attribute")
        setattr(self.__origin__, name, value)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __getitem__(self, items):
        return _parameterize(self, items, self.__parameters__,
                             lambda args: GenericAlias(self.__origin__, args))

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | _ALIAS_OWN)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)


def _unionable(obj):
    return obj is None or isinstance(obj, (type, GenericAlias, UnionType)) or hasattr(
        obj, "__typing_subst__")


class UnionType:
    """`X | Y` of classes: isinstance() and issubclass() accept it."""

    def __init__(self, args):
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "__parameters__", _parameters_of(args))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    def __repr__(self):
        return " | ".join("None" if a is NoneType else _type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union_of(self, other)

    def __ror__(self, other):
        return _union_of(other, self)

    def __getitem__(self, items):
        return _parameterize(self, items, self.__parameters__, _make_union)

    def _check(self, what, test, value):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("%s() argument 2 cannot be a parameterized generic" % what)
            if test(value, arg):
                return True
        return False

    def __instancecheck__(self, obj):
        return self._check("isinstance", isinstance, obj)

    def __subclasscheck__(self, cls):
        return self._check("issubclass", issubclass, cls)


def _make_union(args):
    flat = []
    for arg in args:
        members = arg.__args__ if isinstance(arg, UnionType) else (arg,)
        for member in members:
            if member is None:
                member = NoneType
            if member not in flat:
                flat.append(member)
    if len(flat) == 1:
        return flat[0]
    return UnionType(tuple(flat))


def _union_of(left, right):
    """`left | right` for classes and aliases (`type.__or__`)."""
    if not (_unionable(left) and _unionable(right)):
        return NotImplemented
    return _make_union((left, right))


GenericAlias.__module__ = "types"
UnionType.__module__ = "types"

del sys, _function, _generator, _C
