"""Weak references: `ref` comes from `_weakref`; proxies, weak dictionaries,
weak sets and finalizers are built on it here.

A reference's callback runs at the safepoint after the collection that
found its referent dead, so a weak container forgets a dead entry then, not
at the `del` that dropped the last strong reference.
"""

from _weakref import ref, ReferenceType

__all__ = [
    "ref", "ReferenceType", "proxy", "ProxyType", "CallableProxyType",
    "WeakValueDictionary", "WeakKeyDictionary", "WeakSet", "finalize",
]


def _pairs(other, kwargs):
    """The (key, value) pairs `dict.update(other, **kwargs)` would store."""
    if hasattr(other, "keys"):
        other = [(k, other[k]) for k in other.keys()]
    return list(other) + list(kwargs.items())


def _referent(p):
    obj = object.__getattribute__(p, "_proxy_ref")()
    if obj is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return obj


class ProxyType:
    """Stands for an object without keeping it alive."""

    __hash__ = None

    def __init__(self, obj, callback=None):
        if callback is None:
            r = ref(obj)
        else:
            r = ref(obj, lambda _r, p=ref(self): callback(p()) if p() is not None else None)
        object.__setattr__(self, "_proxy_ref", r)

    def __getattr__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        obj = object.__getattribute__(self, "_proxy_ref")()
        return "<weakproxy at %#x; to '%s' at %#x>" % (
            id(self), type(obj).__name__, id(obj))

    def __str__(self):
        return str(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __eq__(self, other):
        return _referent(self) == other

    def __ne__(self, other):
        return _referent(self) != other

    def __lt__(self, other):
        return _referent(self) < other

    def __le__(self, other):
        return _referent(self) <= other

    def __gt__(self, other):
        return _referent(self) > other

    def __ge__(self, other):
        return _referent(self) >= other

    def __add__(self, other):
        return _referent(self) + other

    def __sub__(self, other):
        return _referent(self) - other

    def __mul__(self, other):
        return _referent(self) * other


class CallableProxyType(ProxyType):
    """A proxy for a callable object."""

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


def proxy(obj, callback=None):
    """A proxy for `obj` that does not keep it alive."""
    if callable(obj):
        return CallableProxyType(obj, callback)
    return ProxyType(obj, callback)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes when its value
    dies."""

    def __init__(self, other=(), /, **kwargs):
        self._data = {}
        self.update(other, **kwargs)

    def _forget(self, key, r):
        if self._data.get(key) is r:
            del self._data[key]

    def _ref(self, key, value):
        return ref(value, lambda r, key=key, owner=ref(self): owner() is not None and owner()._forget(key, r))

    def __getitem__(self, key):
        value = self._data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self._data[key] = self._ref(key, value)

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        r = self._data.get(key)
        return r is not None and r() is not None

    def __len__(self):
        return sum(1 for r in self._data.values() if r() is not None)

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        r = self._data.get(key)
        value = None if r is None else r()
        return default if value is None else value

    def keys(self):
        return [k for k, r in list(self._data.items()) if r() is not None]

    def values(self):
        return [v for v in (r() for r in list(self._data.values())) if v is not None]

    def items(self):
        return [(k, v) for k, v in ((k, r()) for k, r in list(self._data.items())) if v is not None]

    def valuerefs(self):
        return list(self._data.values())

    def pop(self, key, *default):
        r = self._data.pop(key, None)
        value = None if r is None else r()
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        return value

    def setdefault(self, key, default=None):
        value = self.get(key)
        if value is None:
            self[key] = default
            return default
        return value

    def update(self, other=(), /, **kwargs):
        for key, value in _pairs(other, kwargs):
            self[key] = value

    def copy(self):
        return WeakValueDictionary(self.items())

    def clear(self):
        self._data.clear()


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes when its key
    dies."""

    def __init__(self, other=None):
        self._data = {}
        if other is not None:
            self.update(other)

    def _ref(self, key):
        return ref(key, lambda r, owner=ref(self): owner() is not None and owner()._data.pop(r, None))

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[self._ref(key)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            r = ref(key)
        except TypeError:
            return False
        return r in self._data

    def __len__(self):
        return sum(1 for r in self._data if r() is not None)

    def __iter__(self):
        return iter(self.keys())

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def keys(self):
        return [k for k in (r() for r in list(self._data)) if k is not None]

    def values(self):
        return [v for r, v in list(self._data.items()) if r() is not None]

    def items(self):
        return [(k, v) for k, v in ((r(), v) for r, v in list(self._data.items())) if k is not None]

    def keyrefs(self):
        return list(self._data)

    def pop(self, key, *default):
        return self._data.pop(ref(key), *default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(self._ref(key), default)

    def update(self, other=(), /, **kwargs):
        for key, value in _pairs(other, kwargs):
            self[key] = value

    def copy(self):
        return WeakKeyDictionary(self.items())

    def clear(self):
        self._data.clear()


class WeakSet:
    """A set whose members are held weakly: a member goes when it dies."""

    def __init__(self, data=None):
        self._data = set()
        if data is not None:
            for item in data:
                self.add(item)

    def add(self, item):
        self._data.add(ref(item, lambda r, owner=ref(self): owner() is not None and owner()._data.discard(r)))

    def discard(self, item):
        self._data.discard(ref(item))

    def remove(self, item):
        self._data.remove(ref(item))

    def pop(self):
        while True:
            item = self._data.pop()()
            if item is not None:
                return item

    def clear(self):
        self._data.clear()

    def __contains__(self, item):
        try:
            r = ref(item)
        except TypeError:
            return False
        return r in self._data

    def __len__(self):
        return sum(1 for r in self._data if r() is not None)

    def __iter__(self):
        for r in list(self._data):
            item = r()
            if item is not None:
                yield item

    def __repr__(self):
        return "{%s}" % ", ".join(repr(item) for item in self)

    def copy(self):
        return WeakSet(self)

    def union(self, other):
        return WeakSet(list(self) + list(other))

    __or__ = union


class finalize:
    """Calls `func(*args, **kwargs)` once `obj` dies, unless called,
    detached or already run first."""

    _registry = {}

    def __init__(self, obj, func, /, *args, **kwargs):
        self._call = (func, args, kwargs)
        self._ref = ref(obj, self._fire)
        self.atexit = True
        finalize._registry[self] = True

    def _fire(self, _ref):
        self()

    def __call__(self, _=None):
        if finalize._registry.pop(self, None) is None:
            return None
        func, args, kwargs = self._call
        return func(*args, **kwargs)

    def detach(self):
        obj = self._ref()
        if obj is None or finalize._registry.pop(self, None) is None:
            return None
        func, args, kwargs = self._call
        return (obj, func, args, kwargs)

    def peek(self):
        obj = self._ref()
        if obj is None or self not in finalize._registry:
            return None
        func, args, kwargs = self._call
        return (obj, func, args, kwargs)

    @property
    def alive(self):
        return self in finalize._registry

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for '%s' at %#x>" % (
            id(self), type(obj).__name__, id(obj))
