"""Shallow and deep copies of objects.

`copy(x)` and `deepcopy(x)` honour `__copy__`, `__deepcopy__`,
`__reduce_ex__`/`__reduce__` defined by a class, and `__getnewargs__`,
`__getstate__`/`__setstate__`; other instances are copied by making a new
object of the same class and copying their attributes.
"""

import types
import weakref

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_ATOMIC = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool, str, bytes,
    type, range, slice, property, types.FunctionType, types.BuiltinFunctionType,
    types.CodeType, weakref.ref,
}


def _is_atomic(cls):
    return cls in _ATOMIC or cls.__name__ == "complex" and cls.__module__ == "builtins"


def _user_method(cls, name):
    """`name` when some class of cls's MRO, not a builtin, defines it."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        if name in klass.__dict__:
            return getattr(cls, name)
    return None


def copy(x):
    """A shallow copy of `x`."""
    cls = type(x)
    if _is_atomic(cls) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    return _reconstruct(x, None, *_reduce(x))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of `x`; `memo` maps ids of objects already copied."""
    if memo is None:
        memo = {}
    key = id(x)
    found = memo.get(key, _nil)
    if found is not _nil:
        return found
    cls = type(x)
    if _is_atomic(cls):
        y = x
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        y = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(item, memo) for item in x)
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo, *_reduce(x))
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # The originals stay alive while the memo lives, so their ids stay theirs.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x):
    cls = type(x)
    reductor = _user_method(cls, "__reduce_ex__")
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        reductor = _user_method(cls, "__reduce__")
        if reductor is not None:
            rv = reductor(x)
        else:
            rv = _default_reduce(x)
    if isinstance(rv, str):
        raise Error("un(deep)copyable object of type %s" % cls)
    return tuple(rv) + (None,) * (5 - len(rv))


def _default_reduce(x):
    cls = type(x)
    if cls.__module__ == "builtins" and not hasattr(x, "__dict__"):
        raise TypeError("cannot pickle '%s' object" % cls.__name__)
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = tuple(getnewargs())
    else:
        # Instances of subclasses of the immutable builtins carry their value
        # to __new__, as their __getnewargs__ does in CPython.
        args = ()
        for base in (tuple, frozenset, int, float, str, bytes):
            if isinstance(x, base):
                args = (base(x),)
                break
    getstate = _user_method(cls, "__getstate__")
    if getstate is not None:
        state = getstate(x)
    else:
        state = _object_state(x)
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(x.items()) if isinstance(x, dict) else None
    if isinstance(x, set):
        return (cls, (list(x),), state)
    return (_new_object, (cls,) + args, state, listiter, dictiter)


def _object_state(x):
    state = dict(getattr(x, "__dict__", None) or {})
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            if name in state:
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state or None, slots)
    return state or None


def _new_object(cls, *args):
    return cls.__new__(cls, *args)


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k, v = deepcopy(k, memo), deepcopy(v, memo)
            y[k] = v
    return y
