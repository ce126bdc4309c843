"""Type hints: the names annotations use (Any, Union, Optional, List[int],
Callable[[int], str], TypeVar, Generic, Protocol, NamedTuple, TypedDict,
...) and the few runtime helpers (cast, get_type_hints, get_origin,
get_args, overload, final, runtime_checkable).

Nothing here checks types; the objects record what was written, print as
CPython's do, and answer isinstance() where CPython's do.
"""

import collections
import collections.abc
import contextlib
import sys
import types
from abc import ABCMeta, abstractmethod

__all__ = [
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type",
    "TypeVar", "TypeVarTuple", "Union", "AbstractSet", "ByteString", "Container",
    "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
    "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet",
    "Sequence", "Sized", "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable",
    "Coroutine", "Collection", "AsyncGenerator", "AsyncContextManager", "Reversible",
    "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat", "SupportsIndex",
    "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict",
    "DefaultDict", "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict",
    "Generator", "BinaryIO", "IO", "TextIO", "AnyStr", "assert_type", "assert_never",
    "cast", "clear_overloads", "dataclass_transform", "final", "get_args", "get_origin",
    "get_overloads", "get_type_hints", "is_typeddict", "LiteralString", "Never",
    "NewType", "no_type_check", "no_type_check_decorator", "NoReturn", "NotRequired",
    "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
    "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard",
    "Unpack",
]

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, types.GenericAlias):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return "%s.%s" % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return "..."
    if isinstance(obj, types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_check(arg, msg, is_argument=True, allow_special_forms=False):
    """`arg` as a type argument: None is NoneType, strings are forward
    references; bare special forms and tuples are refused."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, is_argument=is_argument)
    invalid = (Generic, Protocol)
    if not allow_special_forms:
        invalid += (ClassVar,)
        if is_argument:
            invalid += (Final,)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid:
        raise TypeError("%s is not valid as type argument" % arg)
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError("Plain %s is not valid as type argument" % arg)
    if type(arg) is tuple:
        raise TypeError("%s Got %.100r." % (msg, arg))
    return arg


def _collect_parameters(args):
    found = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
            if arg not in found:
                found.append(arg)
        elif isinstance(arg, (list, tuple)):
            for p in _collect_parameters(arg):
                if p not in found:
                    found.append(p)
        else:
            for p in getattr(arg, "__parameters__", ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


def _substitute(arg, mapping):
    if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    params = getattr(arg, "__parameters__", ())
    if params and not isinstance(arg, type):
        values = tuple(mapping.get(p, p) for p in params)
        return arg[values if len(values) != 1 else values[0]]
    return arg


# --- special forms -------------------------------------------------------

class _Final:
    """Objects of typing that cannot be subclassed."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if not _root:
            raise TypeError("Cannot subclass special typing classes")


class ForwardRef(_Final, _root=True):
    """A type written as a string, evaluated when hints are asked for."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got %r" % (arg,))
        try:
            self.__forward_code__ = compile(arg, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got %r" % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard=frozenset()):
        if self.__forward_arg__ in recursive_guard:
            return self
        if self.__forward_module__ is not None:
            globalns = getattr(sys.modules.get(self.__forward_module__), "__dict__", globalns)
        value = eval(self.__forward_code__, globalns, localns)
        value = _type_check(value, "Forward references must evaluate to types.",
                            is_argument=self.__forward_is_argument__,
                            allow_special_forms=self.__forward_is_class__)
        return _evaluate(value,
                         globalns, localns, recursive_guard | {self.__forward_arg__})

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = "" if self.__forward_module__ is None else ", module=%r" % self.__forward_module__
        return "ForwardRef(%r%s)" % (self.__forward_arg__, module)


class _SpecialForm(_Final, _root=True):
    """A special form (Union, Optional, ClassVar, ...): only subscripted,
    never instantiated or subclassed."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate %r" % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError("%s cannot be used with isinstance()" % self)

    def __subclasscheck__(self, cls):
        raise TypeError("%s cannot be used with issubclass()" % self)

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Compatible with every type; subclassing it marks a class as such."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """The type of functions that never return."""
    raise TypeError("%s is not subscriptable" % self)


@_SpecialForm
def Never(self, parameters):
    """The bottom type: no value has it."""
    raise TypeError("%s is not subscriptable" % self)


@_SpecialForm
def Self(self, parameters):
    """The type of the enclosing class's instances."""
    raise TypeError("%s is not subscriptable" % self)


@_SpecialForm
def LiteralString(self, parameters):
    """The type of literal strings."""
    raise TypeError("%s is not subscriptable" % self)


@_SpecialForm
def TypeAlias(self, parameters):
    """Marks an assignment as a type alias."""
    raise TypeError("%s is not subscriptable" % self)


@_SpecialForm
def ClassVar(self, parameters):
    """A class variable: `ClassVar[int]`."""
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """A name that may not be reassigned: `Final[int]`."""
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """One of several types: `Union[int, str]`, also written `int | str`."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    flat = []
    for p in parameters:
        p = _type_check(p, msg)
        if isinstance(p, _UnionGenericAlias) or isinstance(p, types.UnionType):
            members = p.__args__
        else:
            members = (p,)
        for m in members:
            if m not in flat:
                flat.append(m)
    if len(flat) == 1:
        return flat[0]
    return _UnionGenericAlias(self, tuple(flat))


@_SpecialForm
def Optional(self, parameters):
    """`Optional[X]` is `Union[X, None]`."""
    arg = _type_check(parameters, "%s requires a single type." % self)
    return Union[arg, type(None)]


@_SpecialForm
def Literal(self, parameters):
    """Exactly these values: `Literal['r', 'w']`."""
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        members = p.__args__ if isinstance(p, _LiteralGenericAlias) else (p,)
        for m in members:
            if not any(type(m) is type(x) and m == x for x in flat):
                flat.append(m)
    return _LiteralGenericAlias(self, tuple(flat))


@_SpecialForm
def Concatenate(self, parameters):
    """Parameters added in front of a ParamSpec: `Concatenate[int, P]`."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _GenericAlias(self, parameters)


@_SpecialForm
def TypeGuard(self, parameters):
    """The return type of a function that narrows its argument."""
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A key a total=False TypedDict must have."""
    item = _type_check(parameters, "%s accepts only a single type." % self)
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A key a TypedDict may leave out."""
    item = _type_check(parameters, "%s accepts only a single type." % self)
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """`*Ts` of a TypeVarTuple."""
    item = _type_check(parameters, "%s accepts only single type." % self)
    return _GenericAlias(self, (item,))


# --- type variables ----------------------------------------------------------

def _caller_module(depth=2):
    getframe = getattr(sys, "_getframe", None)
    if getframe is None:
        return None
    try:
        return getframe(depth).f_globals.get("__name__", "__main__")
    except (AttributeError, ValueError):
        return None


class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__

    def __reduce__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of %s" % type(self).__name__)


class TypeVar(_TypeVarLike, _Final, _root=True):
    """A type variable: `T = TypeVar('T')`, stands for one type throughout
    a generic function or class."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module is not None and module != "typing":
            self.__module__ = module


class TypeVarTuple(_Final, _root=True):
    """A variadic type variable: `Ts = TypeVarTuple('Ts')`."""

    def __init__(self, name):
        self.__name__ = name

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _root=True):
    """`P.args` of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.args" % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final, _root=True):
    """`P.kwargs` of a ParamSpec."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return "%s.kwargs" % self.__origin__.__name__

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_TypeVarLike, _Final, _root=True):
    """The parameters of a callable, as one variable: `P = ParamSpec('P')`."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        module = _caller_module()
        if module is not None and module != "typing":
            self.__module__ = module

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, "Expected a type.") for a in arg)
        return arg




# --- aliases -------------------------------------------------------------------

class _BaseAlias(_Final, _root=True):
    """What typing's subscriptions and aliases share: calling the alias
    makes an instance of its origin, attributes come from the origin."""

    def __init__(self, origin, name=None):
        self.__origin__ = origin
        self._name = name

    def __call__(self, *args, **kwargs):
        if self._name is not None and not self._instantiable():
            raise TypeError("Type %s cannot be instantiated; use %s() instead"
                            % (self._name, self.__origin__.__name__))
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def _instantiable(self):
        return False

    def __mro_entries__(self, bases):
        entries = []
        if self.__origin__ not in bases:
            entries.append(self.__origin__)
        index = bases.index(self)
        if not any(isinstance(b, _BaseAlias) or (isinstance(b, type) and issubclass(b, Generic))
                   for b in bases[index + 1:]):
            if self._has_parameters() and Generic not in entries:
                entries.append(Generic)
        return tuple(entries)

    def _has_parameters(self):
        return bool(getattr(self, "__parameters__", ()))

    def __getattr__(self, attr):
        if attr in ("__origin__", "_name", "__args__", "__parameters__"):
            raise AttributeError(attr)
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if not (attr.startswith("__") and attr.endswith("__")):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __dir__(self):
        return sorted(set(dir(self.__origin__)) | {"__origin__", "__args__", "__parameters__"})


class _GenericAlias(_BaseAlias, _root=True):
    """A subscripted form: `List[int]`, `ClassVar[int]`, `MyGeneric[T]`."""

    def __init__(self, origin, args, *, name=None):
        super().__init__(origin, name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if name is None:
            self.__module__ = getattr(origin, "__module__", "typing")

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted %s" % self)
        if not self.__parameters__:
            raise TypeError("%s is not a generic class" % self)
        if not isinstance(args, tuple):
            args = (args,)
        params = self.__parameters__
        if len(params) == 1 and isinstance(params[0], ParamSpec) and not (
                len(args) == 1 and isinstance(args[0], (list, tuple, ParamSpec))):
            args = (args,)
        if len(args) != len(params):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(args) > len(params) else "few", self, len(args), len(params)))
        mapping = {p: p.__typing_subst__(a) for p, a in zip(params, args)}
        new_args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self.copy_with(new_args)

    def copy_with(self, args):
        return type(self)(self.__origin__, args, name=self._name)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        else:
            inner = "()"
        return "%s[%s]" % (name, inner)

    def __reduce__(self):
        return operator_getitem, (self.__origin__, self.__args__)


def operator_getitem(origin, args):
    return origin[args]


class _TypingEllipsis:
    """Internal placeholder for `...` in Tuple[int, ...]."""


class _SpecialGenericAlias(_BaseAlias, _root=True):
    """An unsubscripted alias of a class: `List` for list, `Iterable` for
    collections.abc.Iterable."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        if name is None:
            name = origin.__name__
        super().__init__(origin, name)
        self._nparams = nparams
        self._inst = inst
        self.__module__ = "typing"

    def _instantiable(self):
        return self._inst

    def _has_parameters(self):
        return False

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        if self._nparams >= 0 and len(params) != self._nparams:
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > self._nparams else "few", self, len(params),
                self._nparams))
        return _GenericAlias(self.__origin__, params, name=self._name)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __eq__(self, other):
        if not isinstance(other, _SpecialGenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self._name == other._name

    def __hash__(self):
        return hash((self.__origin__, self._name))


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[0] is ...:
            return "typing.Callable[..., %s]" % _type_repr(args[1])
        if len(args) == 2 and isinstance(args[0], (ParamSpec, _GenericAlias)) and (
                isinstance(args[0], ParamSpec) or args[0].__origin__ is Concatenate):
            return "typing.Callable[%s, %s]" % (_type_repr(args[0]), _type_repr(args[1]))
        params = ", ".join(_type_repr(a) for a in args[:-1])
        return "typing.Callable[[%s], %s]" % (params, _type_repr(args[-1]))

    def copy_with(self, args):
        flat = []
        for a in args[:-1]:
            if isinstance(a, tuple):
                flat.extend(a)
            else:
                flat.append(a)
        return _CallableGenericAlias(self.__origin__, tuple(flat) + (args[-1],),
                                     name=self._name)


class _CallableType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_check(a, "Callable[[arg, ...], result]: each arg must be a type.")
                         for a in args)
        elif args is ... or isinstance(args, ParamSpec) or (
                isinstance(args, _GenericAlias) and args.__origin__ is Concatenate):
            args = (args,)
        else:
            args = (_type_check(args, "Callable[args, result]: args must be a list."),)
        result = _type_check(result, "Callable[args, result]: result must be a type.")
        return _CallableGenericAlias(self.__origin__, args + (result,), name=self._name)


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return _GenericAlias(tuple, params + (_TypingEllipsis,), name="Tuple")
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return _GenericAlias(tuple, params, name="Tuple")


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return "typing.Optional[%s]" % _type_repr(args[1])
            if args[1] is type(None):
                return "typing.Optional[%s]" % _type_repr(args[0])
        return "typing.Union[%s]" % ", ".join(_type_repr(a) for a in args)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass %r" % self)

    def __reduce__(self):
        return operator_getitem, (Union, self.__args__)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        return "typing.Literal[%s]" % ", ".join(repr(a) for a in self.__args__)


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[%s, %s]" % (
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """A type with metadata for tools: `Annotated[int, 'meters']`."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass %s.Annotated" % cls.__module__)


List = _SpecialGenericAlias(list, 1, inst=False, name="List")
Dict = _SpecialGenericAlias(dict, 2, inst=False, name="Dict")
Set = _SpecialGenericAlias(set, 1, inst=False, name="Set")
FrozenSet = _SpecialGenericAlias(frozenset, 1, inst=False, name="FrozenSet")
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
Type = _SpecialGenericAlias(type, 1, inst=False, name="Type")
Deque = _SpecialGenericAlias(collections.deque, 1, name="Deque")
DefaultDict = _SpecialGenericAlias(collections.defaultdict, 2, name="DefaultDict")
OrderedDict = _SpecialGenericAlias(collections.OrderedDict, 2, name="OrderedDict")
Counter = _SpecialGenericAlias(collections.Counter, 1, name="Counter")
ChainMap = _SpecialGenericAlias(collections.ChainMap, 2, name="ChainMap")
Callable = _CallableType(collections.abc.Callable, 2, name="Callable")

_abc = collections.abc
Hashable = _SpecialGenericAlias(_abc.Hashable, 0, name="Hashable")
Awaitable = _SpecialGenericAlias(_abc.Awaitable, 1, name="Awaitable")
Coroutine = _SpecialGenericAlias(_abc.Coroutine, 3, name="Coroutine")
AsyncIterable = _SpecialGenericAlias(_abc.AsyncIterable, 1, name="AsyncIterable")
AsyncIterator = _SpecialGenericAlias(_abc.AsyncIterator, 1, name="AsyncIterator")
Iterable = _SpecialGenericAlias(_abc.Iterable, 1, name="Iterable")
Iterator = _SpecialGenericAlias(_abc.Iterator, 1, name="Iterator")
Reversible = _SpecialGenericAlias(_abc.Reversible, 1, name="Reversible")
Sized = _SpecialGenericAlias(_abc.Sized, 0, name="Sized")
Container = _SpecialGenericAlias(_abc.Container, 1, name="Container")
Collection = _SpecialGenericAlias(_abc.Collection, 1, name="Collection")
AbstractSet = _SpecialGenericAlias(_abc.Set, 1, name="AbstractSet")
MutableSet = _SpecialGenericAlias(_abc.MutableSet, 1, name="MutableSet")
Mapping = _SpecialGenericAlias(_abc.Mapping, 2, name="Mapping")
MutableMapping = _SpecialGenericAlias(_abc.MutableMapping, 2, name="MutableMapping")
Sequence = _SpecialGenericAlias(_abc.Sequence, 1, name="Sequence")
MutableSequence = _SpecialGenericAlias(_abc.MutableSequence, 1, name="MutableSequence")
ByteString = _SpecialGenericAlias(_abc.ByteString, 0, name="ByteString")
MappingView = _SpecialGenericAlias(_abc.MappingView, 1, name="MappingView")
KeysView = _SpecialGenericAlias(_abc.KeysView, 1, name="KeysView")
ItemsView = _SpecialGenericAlias(_abc.ItemsView, 2, name="ItemsView")
ValuesView = _SpecialGenericAlias(_abc.ValuesView, 1, name="ValuesView")
Generator = _SpecialGenericAlias(_abc.Generator, 3, name="Generator")
AsyncGenerator = _SpecialGenericAlias(_abc.AsyncGenerator, 2, name="AsyncGenerator")
ContextManager = _SpecialGenericAlias(contextlib.AbstractContextManager, 1,
                                      name="ContextManager")
AsyncContextManager = _SpecialGenericAlias(
    getattr(contextlib, "AbstractAsyncContextManager", contextlib.AbstractContextManager), 1,
    name="AsyncContextManager")
del _abc

Text = str


# --- Generic and Protocol ---------------------------------------------------------

class Generic:
    """The base of generic classes: `class Box(Generic[T])` makes
    `Box[int]` an alias of Box."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if not params and cls is not Tuple:
            raise TypeError("Parameter list to %s[...] cannot be empty" % cls.__qualname__)
        if cls in (Generic, Protocol):
            for p in params:
                if not isinstance(p, (TypeVar, ParamSpec, TypeVarTuple)) and not (
                        isinstance(p, _GenericAlias) and p.__origin__ is Unpack):
                    raise TypeError("Parameters to %s[...] must all be type variables or "
                                    "parameter specification variables." % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError("Parameters to %s[...] must all be unique" % cls.__name__)
            return _GenericAlias(cls, params)
        own = cls.__dict__.get("__parameters__", ())
        if not own:
            raise TypeError("%s is not a generic class" % cls.__qualname__)
        if len(own) == 1 and isinstance(own[0], ParamSpec) and not (
                len(params) == 1 and isinstance(params[0], (list, tuple, ParamSpec))):
            params = (params,)
        if len(params) != len(own):
            raise TypeError("Too %s arguments for %s; actual %d, expected %d" % (
                "many" if len(params) > len(own) else "few", cls, len(params), len(own)))
        mapping = {p: p.__typing_subst__(a) for p, a in zip(own, params)}
        return _GenericAlias(cls, tuple(_substitute(p, mapping) for p in own))

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        orig = cls.__dict__.get("__orig_bases__", ())
        if Generic in cls.__bases__ and cls.__name__ not in ("Protocol",) and not orig:
            raise TypeError("Cannot inherit from plain Generic")
        declared = None
        collected = []
        for base in orig:
            if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                if declared is not None:
                    raise TypeError("Cannot inherit from Generic[...] multiple times.")
                declared = base.__parameters__
            for p in getattr(base, "__parameters__", ()):
                if p not in collected:
                    collected.append(p)
        if declared is not None:
            missing = [p for p in collected if p not in declared]
            if missing:
                raise TypeError("Some type variables (%s) are not listed in %s[%s]" % (
                    ", ".join(str(p) for p in missing), "Generic",
                    ", ".join(str(p) for p in declared)))
            collected = list(declared)
        cls.__parameters__ = tuple(collected)


_PROTOCOL_SKIPPED = frozenset({
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "__qualname__",
    "_is_protocol", "_is_runtime_protocol", "__protocol_attrs__", "__init_subclass__",
    "_abc_impl", "__orig_class__", "_abc_registry", "_abc_cache", "_abc_negative_cache",
    "_abc_negative_cache_version",
})


def _protocol_members(cls):
    members = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        names = list(base.__dict__) + list(base.__dict__.get("__annotations__", {}))
        for name in names:
            if not name.startswith("_abc_") and name not in _PROTOCOL_SKIPPED:
                members.add(name)
    return members


class _ProtocolMeta(ABCMeta):
    def __instancecheck__(cls, instance):
        if getattr(cls, "_is_protocol", False) and cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if super().__instancecheck__(instance):
                return True
            for name in _protocol_members(cls):
                if not hasattr(instance, name):
                    return False
                if callable(getattr(cls, name, None)) and getattr(instance, name) is None:
                    return False
            return True
        return super().__instancecheck__(instance)

    def __subclasscheck__(cls, other):
        if cls.__dict__.get("_is_protocol", False):
            if not getattr(cls, "_is_runtime_protocol", False):
                raise TypeError("Instance and class checks can only be used with "
                                "@runtime_checkable protocols")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            members = _protocol_members(cls)
            non_methods = [m for m in members if not callable(getattr(cls, m, None))]
            if non_methods:
                raise TypeError("Protocols with non-method members don't support issubclass()")
            for name in members:
                for base in other.__mro__:
                    if name in base.__dict__:
                        if base.__dict__[name] is None:
                            return False
                        break
                else:
                    return False
            return True
        return super().__subclasscheck__(other)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of protocol classes: structural types, matched by the
    members an object has (at run time, with @runtime_checkable)."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        for base in cls.__bases__:
            if cls._is_protocol and not (base in (object, Generic) or
                                         base.__module__ in ("collections.abc", "abc") or
                                         getattr(base, "_is_protocol", False)):
                raise TypeError("Protocols can only inherit from other protocols, got %r" % base)
        if cls._is_protocol and cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError("Protocols cannot be instantiated")


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check a protocol class, by the
    members the object has."""
    if not isinstance(cls, type) or not getattr(cls, "_is_protocol", False):
        raise TypeError("@runtime_checkable can be only applied to protocol classes, got %r"
                        % cls)
    cls._is_runtime_protocol = True
    return cls


@runtime_checkable
class SupportsInt(Protocol):
    """An object with __int__."""
    __slots__ = ()

    @abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An object with __float__."""
    __slots__ = ()

    @abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An object with __complex__."""
    __slots__ = ()

    @abstractmethod
    def __complex__(self):
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An object with __bytes__."""
    __slots__ = ()

    @abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An object with __index__."""
    __slots__ = ()

    @abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol):
    """An object with __abs__."""
    __slots__ = ()

    @abstractmethod
    def __abs__(self):
        pass


@runtime_checkable
class SupportsRound(Protocol):
    """An object with __round__."""
    __slots__ = ()

    @abstractmethod
    def __round__(self, ndigits=0):
        pass


# --- NamedTuple and TypedDict ------------------------------------------------

def _make_namedtuple(name, fields, defaults, module):
    names = [n for n, _ in fields]
    nt = collections.namedtuple(name, names, defaults=defaults, module=module)
    nt.__annotations__ = dict(fields)
    return nt


_NAMEDTUPLE_FORBIDDEN = frozenset({
    "__new__", "__init__", "__slots__", "__getnewargs__", "_fields", "_field_defaults",
    "_make", "_replace", "_asdict", "_source",
})
_NAMEDTUPLE_KEEP = frozenset({"__module__", "__name__", "__annotations__", "__qualname__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        annotations = ns.get("__annotations__", {})
        fields = [(n, _type_check(t, "field %s annotation must be a type" % n))
                  for n, t in annotations.items()]
        defaults = []
        for name, _ in fields:
            if name in ns:
                defaults.append(ns[name])
            elif defaults:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (name, "s" if len(defaults) > 1 else "",
                                   ", ".join(n for n, _ in fields if n in ns)))
        nt = _make_namedtuple(typename, fields, defaults, ns["__module__"])
        for key, value in ns.items():
            if key in _NAMEDTUPLE_FORBIDDEN:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            if key not in _NAMEDTUPLE_KEEP and key not in nt._fields:
                setattr(nt, key, value)
        return nt


def NamedTuple(typename, fields=None, /, **kwargs):
    """A typed namedtuple: `class Point(NamedTuple): x: int; y: int = 0`,
    or `NamedTuple('Point', [('x', int), ('y', int)])`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords can be provided to NamedTuple, not both")
    fields = [(n, _type_check(t, "field %s annotation must be a type" % n)) for n, t in fields]
    return _make_namedtuple(typename, fields, None, _caller_module() or "__main__")


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {})


def _namedtuple_mro_entries(bases):
    if len(bases) > 1:
        raise TypeError("Multiple inheritance with NamedTuple is not supported")
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class")
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own = {n: _type_check(t, msg) for n, t in own.items()}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            required.update(base.__dict__.get("__required_keys__", ()))
            optional.update(base.__dict__.get("__optional_keys__", ()))
        annotations.update(own)
        for key, value in own.items():
            origin = getattr(value, "__origin__", None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, /, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A dict type with a fixed set of keys and a type for each:
    `class Movie(TypedDict): name: str; year: int`. Instances are dicts."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {"__annotations__": dict(fields), "__module__": _caller_module() or "__main__"}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {})
TypedDict.__mro_entries__ = lambda bases: (_TypedDict,)


def is_typeddict(tp):
    """Whether `tp` is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


class NewType:
    """A distinct name for a type, for checkers; at run time calling it
    returns its argument: `UserId = NewType('UserId', int)`."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        module = _caller_module() or "__main__"
        if module != "typing":
            self.__module__ = module

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass an instance of NewType. Perhaps you were looking for: "
                        "`%s = NewType(%r, %s)`" % ("ProUserId", "ProUserId", self.__name__))

    def __repr__(self):
        return "%s.%s" % (self.__module__, self.__qualname__)

    def __call__(self, x):
        return x

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar("AnyStr", bytes, str)


# --- IO -------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """The generic type of file objects."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """A file of bytes."""

    __slots__ = ()


class TextIO(IO[str]):
    """A file of text."""

    __slots__ = ()


# --- functions -----------------------------------------------------------------------

def cast(typ, val):
    """Tells a type checker `val` has type `typ`; returns `val` unchanged."""
    return val


def assert_type(val, typ, /):
    """Tells a type checker to confirm `val` has type `typ`; returns `val`."""
    return val


def assert_never(arg, /):
    """Marks code a type checker should find unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: %s" % value)


def reveal_type(obj, /):
    """Prints the runtime type of `obj` to stderr and returns it."""
    print("Runtime type is %r" % type(obj).__name__, file=sys.stderr)
    return obj


def no_type_check(arg):
    """Marks a function or class as not to be type checked."""
    if isinstance(arg, type):
        for obj in list(arg.__dict__.values()):
            if isinstance(obj, types.FunctionType):
                obj.__no_type_check__ = True
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Makes a decorator whose result is not type checked."""
    def wrapped(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    wrapped.__wrapped__ = decorator
    return wrapped


def final(f):
    """Marks a method as not to be overridden, or a class as not to be
    subclassed (for checkers); sets `__final__`."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Marks a decorator, class or metaclass as making dataclass-like classes."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default, "order_default": order_default,
            "kw_only_default": kw_only_default, "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


_overloads = {}


def _overload_key(func):
    func = getattr(func, "__func__", func)
    return (getattr(func, "__module__", None), getattr(func, "__qualname__", None))


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


def overload(func):
    """Declares one signature of an overloaded function; calling the
    declaration raises NotImplementedError."""
    _overloads.setdefault(_overload_key(func), []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The @overload declarations made for `func`."""
    return list(_overloads.get(_overload_key(func), []))


def clear_overloads():
    """Forgets every @overload declaration."""
    _overloads.clear()


def get_origin(tp):
    """The unsubscripted form: `get_origin(List[int])` is list."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseAlias, types.GenericAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, types.UnionType):
        return types.UnionType
    return None


def get_args(tp):
    """The type arguments: `get_args(Dict[int, str])` is (int, str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, types.GenericAlias)):
        args = tp.__args__
        if get_origin(tp) is collections.abc.Callable and args and args[0] is not ...:
            args = (list(args[:-1]), args[-1])
        return args
    if isinstance(tp, types.UnionType):
        return tp.__args__
    return ()


def _evaluate(tp, globalns, localns, recursive_guard=frozenset()):
    if isinstance(tp, str):
        tp = ForwardRef(tp)
    if isinstance(tp, ForwardRef):
        return tp._evaluate(globalns, localns, recursive_guard)
    if isinstance(tp, (_GenericAlias, types.GenericAlias, types.UnionType)):
        args = tp.__args__
        evaluated = tuple(_evaluate(a, globalns, localns, recursive_guard) for a in args)
        if evaluated == args:
            return tp
        if isinstance(tp, types.GenericAlias):
            return types.GenericAlias(tp.__origin__, evaluated)
        if isinstance(tp, types.UnionType):
            result = evaluated[0]
            for a in evaluated[1:]:
                result = result | a
            return result
        return tp.copy_with(evaluated)
    return tp


def _strip_annotations(tp):
    if isinstance(tp, _AnnotatedAlias):
        return _strip_annotations(tp.__origin__)
    if isinstance(tp, _GenericAlias) and tp.__origin__ in (Required, NotRequired):
        return _strip_annotations(tp.__args__[0])
    if isinstance(tp, _GenericAlias):
        stripped = tuple(_strip_annotations(a) for a in tp.__args__)
        return tp if stripped == tp.__args__ else tp.copy_with(stripped)
    return tp


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a function, class (with its bases) or module,
    with string annotations evaluated."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(sys.modules.get(base.__module__), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if isinstance(ann, types.GetSetDescriptorType if hasattr(types, "GetSetDescriptorType") else ()):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                hints[name] = _evaluate(value, base_globals, base_locals)
        if include_extras:
            return hints
        return {k: _strip_annotations(t) for k, t in hints.items()}
    if globalns is None:
        if isinstance(obj, types.ModuleType):
            globalns = obj.__dict__
        else:
            inner = obj
            while hasattr(inner, "__wrapped__"):
                inner = inner.__wrapped__
            globalns = getattr(inner, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, (types.FunctionType, types.ModuleType, types.MethodType,
                            types.BuiltinFunctionType)) or callable(obj):
            return {}
        raise TypeError("%r is not a module, class, method, or function." % (obj,))
    result = {}
    for name, value in dict(hints).items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, types.ModuleType),
                               is_class=False)
        result[name] = _evaluate(value, globalns, localns)
    if include_extras:
        return result
    return {k: _strip_annotations(t) for k, t in result.items()}


Pattern = Match = None


def __getattr__(name):
    if name in ("Pattern", "Match"):
        import re
        origin = re.Pattern if name == "Pattern" else re.Match
        alias = _SpecialGenericAlias(origin, 1, name=name)
        globals()[name] = alias
        return alias
    raise AttributeError("module 'typing' has no attribute %r" % name)


del Pattern, Match
