"""Higher-order functions: reduce, partial and partialmethod, lru_cache and
cache, wraps and update_wrapper, cmp_to_key, total_ordering,
cached_property, singledispatch and singledispatchmethod."""

from collections import namedtuple
from _thread import RLock
from _functools import reduce, cmp_to_key

__all__ = [
    "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
    "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
    "partial", "partialmethod", "cached_property", "singledispatch",
    "singledispatchmethod",
]

_missing = object()


# Wrappers.

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, update the dicts named in updated, and set __wrapped__."""
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator that applies update_wrapper with wrapped to the function
    it decorates."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# Ordering.

def _gt_from_lt(self, other):
    below = self.__lt__(other)
    if below is NotImplemented:
        return below
    return not below and self != other


def _le_from_lt(self, other):
    below = self.__lt__(other)
    if below is NotImplemented:
        return below
    return below or self == other


def _ge_from_lt(self, other):
    below = self.__lt__(other)
    if below is NotImplemented:
        return below
    return not below


def _ge_from_le(self, other):
    at_most = self.__le__(other)
    if at_most is NotImplemented:
        return at_most
    return not at_most or self == other


def _lt_from_le(self, other):
    at_most = self.__le__(other)
    if at_most is NotImplemented:
        return at_most
    return at_most and self != other


def _gt_from_le(self, other):
    at_most = self.__le__(other)
    if at_most is NotImplemented:
        return at_most
    return not at_most


def _lt_from_gt(self, other):
    above = self.__gt__(other)
    if above is NotImplemented:
        return above
    return not above and self != other


def _ge_from_gt(self, other):
    above = self.__gt__(other)
    if above is NotImplemented:
        return above
    return above or self == other


def _le_from_gt(self, other):
    above = self.__gt__(other)
    if above is NotImplemented:
        return above
    return not above


def _le_from_ge(self, other):
    at_least = self.__ge__(other)
    if at_least is NotImplemented:
        return at_least
    return not at_least or self == other


def _gt_from_ge(self, other):
    at_least = self.__ge__(other)
    if at_least is NotImplemented:
        return at_least
    return at_least and self != other


def _lt_from_ge(self, other):
    at_least = self.__ge__(other)
    if at_least is NotImplemented:
        return at_least
    return not at_least


# For each root operation, the others derived from it.
_DERIVED = {
    "__lt__": (("__gt__", _gt_from_lt), ("__le__", _le_from_lt),
               ("__ge__", _ge_from_lt)),
    "__le__": (("__ge__", _ge_from_le), ("__lt__", _lt_from_le),
               ("__gt__", _gt_from_le)),
    "__gt__": (("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt),
               ("__le__", _le_from_gt)),
    "__ge__": (("__le__", _le_from_ge), ("__gt__", _gt_from_ge),
               ("__lt__", _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in the missing rich comparisons from the
    one (or ones) the class defines."""
    roots = [op for op in ("__lt__", "__le__", "__gt__", "__ge__")
             if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError(
            "must define at least one ordering operation: < > <= >="
        )
    for name, func in _DERIVED[max(roots)]:
        if name not in roots:
            setattr(cls, name, func)
    return cls


def _key_class(mycmp):
    """The key class `cmp_to_key(mycmp)` returns: its instances wrap an
    object and compare by mycmp."""
    class KeyWrapper:
        __slots__ = ("obj",)

        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None

    return KeyWrapper


# Partial application.

# The partial objects whose repr is being made, so that one reached again
# through its own arguments shows as "...".
_repr_running = set()


class partial:
    """partial(func, *args, **keywords) - new function with partial
    application of the given arguments and keywords."""

    __slots__ = ("_partial_func", "_partial_args", "_partial_keywords",
                 "__dict__", "__weakref__")

    def __new__(cls, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A partial of a plain partial is flattened into one.
        if isinstance(func, partial) and not func.__dict__:
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = keywords
        return self

    def _readonly(self, value):
        raise AttributeError("readonly attribute")

    func = property(lambda self: self._partial_func, _readonly, _readonly,
                    "function object to use in future partial calls")
    args = property(lambda self: self._partial_args, _readonly, _readonly,
                    "tuple of arguments to future partial calls")
    keywords = property(lambda self: self._partial_keywords, _readonly, _readonly,
                        "dictionary of keyword arguments to future partial calls")
    del _readonly

    def __delattr__(self, name):
        if name == "__dict__":
            raise TypeError("cannot delete __dict__")
        object.__delattr__(self, name)

    def __call__(self, /, *args, **keywords):
        keywords = {**self._partial_keywords, **keywords}
        return self._partial_func(*self._partial_args, *args, **keywords)

    def __repr__(self):
        cls = type(self)
        name = cls.__qualname__
        if cls.__module__ == "functools":
            name = "functools." + name
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [repr(self._partial_func)]
            parts.extend(repr(a) for a in self._partial_args)
            parts.extend(f"{k}={v!r}" for k, v in self._partial_keywords.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self._partial_func,),
                (self._partial_func, self._partial_args,
                 self._partial_keywords or None, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, keywords, namespace = state
        if (not callable(func) or not isinstance(args, tuple)
                or (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        self.__dict__ = {} if namespace is None else namespace
        self._partial_func = func
        self._partial_args = args
        self._partial_keywords = keywords


class partialmethod:
    """A method descriptor with some arguments given in advance:
    `set_x = partialmethod(set, 'x')` in a class body."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend("{}={!r}".format(k, v) for k, v in self.keywords.items())
        cls = type(self)
        return "{}.{}({})".format(cls.__module__, cls.__qualname__, ", ".join(parts))

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# Caching.

_CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])

_FAST_TYPES = (int, str)


class _KeyMark:
    __slots__ = ()


_KWD_MARK = _KeyMark()


class _Key(list):
    """A cache key that hashes its items once: the lookup and the store
    after a miss would otherwise hash every argument twice."""

    __slots__ = ("hash_value",)

    def __init__(self, items, hash=hash):
        self[:] = items
        self.hash_value = hash(items)

    def __hash__(self):
        return self.hash_value


# The builtins used are bound as defaults: a cached function may stand in
# for one of them (lru_cache(len) installed as builtins.len).
def _make_key(args, kwds, typed, tuple=tuple, type=type, len=len):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in _FAST_TYPES:
        return key[0]
    return _Key(key)


def lru_cache(maxsize=128, typed=False):
    """Least-recently-used cache decorator.

    At most maxsize results are kept (None: no limit, 0: none); with typed,
    arguments of different types are cached apart. The wrapper has
    cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)
    elif maxsize is not None:
        raise TypeError(
            "Expected first argument to be an integer, a callable, or None"
        )

    def decorating_function(user_function):
        wrapper = _lru_wrapper(user_function, maxsize, typed)
        wrapper.cache_parameters = lambda: {"maxsize": maxsize, "typed": typed}
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    cache = {}
    cache_len = cache.__len__
    stats = [0, 0]  # hits, misses

    if maxsize == 0:
        def wrapper(*args, **kwds):
            stats[1] += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _missing)
            if result is not _missing:
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            key = _make_key(args, kwds, typed)
            result = cache.pop(key, _missing)
            if result is not _missing:
                # Reinserting makes it the most recently used.
                cache[key] = result
                stats[0] += 1
                return result
            stats[1] += 1
            result = user_function(*args, **kwds)
            if key not in cache:
                if cache_len() >= maxsize:
                    del cache[next(iter(cache))]
                cache[key] = result
            return result

    def cache_info():
        """Report cache statistics."""
        return _CacheInfo(stats[0], stats[1], maxsize, cache_len())

    def cache_clear():
        """Clear the cache and cache statistics."""
        cache.clear()
        stats[0] = stats[1] = 0

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    return wrapper


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance, then kept in the instance's
    __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different "
                f"names ({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling "
                "__set_name__ on it."
            )
        try:
            cache = instance.__dict__
        except AttributeError:
            msg = (f"No '__dict__' attribute on {type(instance).__name__!r} "
                   f"instance to cache {self.attrname!r} property.")
            raise TypeError(msg) from None
        value = cache.get(self.attrname, _missing)
        if value is _missing:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                msg = (f"The '__dict__' attribute on {type(instance).__name__!r} "
                       f"instance does not support item assignment for caching "
                       f"{self.attrname!r} property.")
                raise TypeError(msg) from None
        return value


# Single dispatch.

def _c3_merge(sequences):
    """C3 linearization of the given sequences: repeatedly takes the first
    head that is in no other sequence's tail."""
    pending = [list(seq) for seq in sequences if seq]
    result = []
    while pending:
        for seq in pending:
            head = seq[0]
            if not any(head in other[1:] for other in pending):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in pending:
            if seq[0] is head:
                del seq[0]
        pending = [seq for seq in pending if seq]
    return result


def _c3_mro(cls, abcs=None):
    """The C3 MRO of `cls` with the abstract classes in `abcs` that it is
    a virtual subclass of put in: each goes after the explicit bases up to
    the last one that is itself abstract (has `__abstractmethods__`)."""
    bases = cls.__bases__
    split = 0
    for position in range(len(bases), 0, -1):
        if hasattr(bases[position - 1], "__abstractmethods__"):
            split = position
            break
    remaining = list(abcs) if abcs else []
    explicit = list(bases[:split])
    others = list(bases[split:])
    virtual = [abc for abc in remaining
               if issubclass(cls, abc)
               and not any(issubclass(base, abc) for base in bases)]
    for abc in virtual:
        remaining.remove(abc)
    groups = [[cls]]
    for group in (explicit, virtual, others):
        groups.extend(_c3_mro(base, abcs=remaining) for base in group)
    groups.extend([explicit, virtual, others])
    return _c3_merge(groups)


def _compose_mro(cls, types):
    """The MRO of `cls` extended with those of `types` (and of their
    subclasses) that it is a virtual subclass of."""
    own = set(cls.__mro__)
    import types as _types

    def related(candidate):
        return (candidate not in own and hasattr(candidate, "__mro__")
                and not isinstance(candidate, _types.GenericAlias)
                and issubclass(cls, candidate))

    candidates = [t for t in types if related(t)]

    def below_another(candidate):
        return any(candidate is not other and candidate in other.__mro__
                   for other in candidates)

    candidates = [t for t in candidates if not below_another(t)]
    kept = set(candidates)
    abcs = []
    for candidate in candidates:
        chains = [[s for s in sub.__mro__ if s in kept]
                  for sub in candidate.__subclasses__()
                  if sub not in own and issubclass(cls, sub)]
        if not chains:
            abcs.append(candidate)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for entry in chain:
                if entry not in abcs:
                    abcs.append(entry)
    return _c3_mro(cls, abcs=abcs)


def _find_impl(cls, registry):
    """The implementation registered for the class nearest to `cls` in its
    (composed) MRO; two equally near unrelated classes are ambiguous."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _is_union_type(cls):
    import types
    from typing import Union, get_origin
    return get_origin(cls) in (Union, types.UnionType)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type) and not _is_generic_alias(cls):
        return True
    from typing import get_args
    return _is_union_type(cls) and all(
        isinstance(arg, type) and not _is_generic_alias(arg) for arg in get_args(cls))


def _is_generic_alias(cls):
    import types
    return isinstance(cls, types.GenericAlias)


def singledispatch(func):
    """Makes `func` a generic function that picks an implementation by
    the class of its first argument; more are added with `.register`."""
    import types
    import weakref
    from abc import get_cache_token
    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()
    # Set once an abstract class is registered: registering a virtual
    # subclass anywhere then makes the cached answers stale.
    cache_token = None

    def dispatch(cls):
        nonlocal cache_token
        if cache_token is not None:
            current = get_cache_token()
            if cache_token != current:
                dispatch_cache.clear()
                cache_token = current
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        try:
            impl = registry[cls]
        except KeyError:
            impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type.")
            ann = getattr(cls, "__annotations__", {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function.")
            func = cls
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(func).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes.")
                raise TypeError(
                    f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        if _is_union_type(cls):
            from typing import get_args
            for arg in get_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, "__abstractmethods__"):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = types.MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after
    self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
