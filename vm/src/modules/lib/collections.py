"""Container datatypes: deque, defaultdict, OrderedDict, Counter, ChainMap
and namedtuple."""

import sys as _sys
from collections.abc import Mapping as _Mapping, MutableMapping as _MutableMapping

__all__ = ["deque", "defaultdict", "OrderedDict", "Counter", "ChainMap", "namedtuple", "UserDict",
           "UserList", "UserString"]


def _index(i):
    if isinstance(i, int):
        return i
    try:
        method = type(i).__index__
    except AttributeError:
        raise TypeError(
            f"sequence index must be integer, not '{type(i).__name__}'"
        ) from None
    return method(i)


# Objects whose repr is being made, by id, so that a container holding
# itself shows "[...]" instead of recursing.
_repr_running = set()


def _recursive_repr(fill):
    """Makes a __repr__ give `fill` for an object whose repr is already
    being made."""

    def decorate(make_repr):
        def __repr__(self):
            key = id(self)
            if key in _repr_running:
                return fill
            _repr_running.add(key)
            try:
                return make_repr(self)
            finally:
                _repr_running.discard(key)

        __repr__.__qualname__ = make_repr.__qualname__
        __repr__.__doc__ = make_repr.__doc__
        return __repr__

    return decorate


# deque: a ring buffer over a list. The items are _buf[_head], then
# _buf[(_head + 1) % capacity], ... for _len items; the rest of the list is
# None. _state counts mutations, for the iterators.

_MIN_CAPACITY = 8


class deque:
    """deque([iterable[, maxlen]]) --> deque object

    A list-like sequence optimized for data accesses near its endpoints."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._buf = [None] * _MIN_CAPACITY
        self._head = 0
        self._len = 0
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _items(self):
        buf, head, n = self._buf, self._head, self._len
        end = head + n
        if end <= len(buf):
            return buf[head:end]
        return buf[head:] + buf[:end - len(buf)]

    def _set_items(self, items):
        capacity = _MIN_CAPACITY
        while capacity < len(items):
            capacity *= 2
        self._buf = items + [None] * (capacity - len(items))
        self._head = 0
        self._len = len(items)
        self._state += 1

    def _resize(self, capacity):
        items = self._items()
        self._buf = items + [None] * (capacity - len(items))
        self._head = 0

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        if self._len == self._maxlen:
            if not self._len:
                return
            self._drop_left()
        buf = self._buf
        if self._len == len(buf):
            self._resize(2 * len(buf))
            buf = self._buf
        buf[(self._head + self._len) % len(buf)] = x
        self._len += 1

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        if self._len == self._maxlen:
            if not self._len:
                return
            self._drop_right()
        buf = self._buf
        if self._len == len(buf):
            self._resize(2 * len(buf))
            buf = self._buf
        self._head = (self._head - 1) % len(buf)
        buf[self._head] = x
        self._len += 1

    def _drop_left(self):
        buf = self._buf
        x = buf[self._head]
        buf[self._head] = None
        self._head = (self._head + 1) % len(buf)
        self._len -= 1
        return x

    def _drop_right(self):
        buf = self._buf
        i = (self._head + self._len - 1) % len(buf)
        x = buf[i]
        buf[i] = None
        self._len -= 1
        return x

    def _shrink(self):
        capacity = len(self._buf)
        if capacity > 2 * _MIN_CAPACITY and 4 * self._len < capacity:
            self._resize(capacity // 2)

    def pop(self):
        """Remove and return the rightmost element."""
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._drop_right()
        self._shrink()
        return x

    def popleft(self):
        """Remove and return the leftmost element."""
        if not self._len:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = self._drop_left()
        self._shrink()
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable."""
        if iterable is self:
            iterable = self._items()
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._set_items([])

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self._items(), self._maxlen)

    __copy__ = copy

    def _check_unchanged(self, state):
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def count(self, value):
        """Return number of occurrences of value."""
        state = self._state
        n = 0
        for item in self._items():
            if item is value or item == value:
                n += 1
            self._check_unchanged(state)
        return n

    def index(self, value, start=0, stop=_sys.maxsize):
        """Return first index of value.

        Raises ValueError if the value is not present."""
        state = self._state
        items = self._items()
        start, stop, _ = slice(start, stop).indices(len(items))
        for i in range(start, stop):
            item = items[i]
            found = item is value or item == value
            self._check_unchanged(state)
            if found:
                return i
        raise ValueError(f"{value!r} is not in deque")

    def insert(self, index, value):
        """Insert value before index."""
        if self._len == self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(index, value)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        items = self._items()
        for i, item in enumerate(items):
            found = item is value or item == value
            if self._len != len(items):
                raise IndexError("deque mutated during iteration")
            if found:
                del items[i]
                self._set_items(items)
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is
        negative, rotates left."""
        n = _index(n)
        if self._len <= 1:
            return
        n %= self._len
        if n:
            items = self._items()
            self._set_items(items[-n:] + items[:-n])

    def __len__(self):
        return self._len

    def _position(self, i):
        i = _index(i)
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError("deque index out of range")
        return (self._head + i) % len(self._buf)

    def __getitem__(self, i):
        return self._buf[self._position(i)]

    def __setitem__(self, i, value):
        self._buf[self._position(i)] = value

    def __delitem__(self, i):
        self._position(i)
        items = self._items()
        del items[i]
        self._set_items(items)

    def __contains__(self, value):
        state = self._state
        for item in self._items():
            found = item is value or item == value
            self._check_unchanged(state)
            if found:
                return True
        return False

    def __iter__(self):
        return _deque_iterator(self)

    def __reversed__(self):
        return _deque_reverse_iterator(self)

    @_recursive_repr("[...]")
    def __repr__(self):
        inner = ", ".join([repr(x) for x in self._items()])
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}([{inner}])"
        return f"{name}([{inner}], maxlen={self._maxlen})"

    def _compare(self, other):
        if isinstance(other, deque):
            return self._items(), other._items()
        return None

    def __eq__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque'
            )
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _index(n)
        items = self._items()
        if n <= 0 or not items:
            self.clear()
        elif n > 1:
            self.extend(items * (n - 1))
        return self

    def __reduce__(self):
        return type(self), (self._items(), self._maxlen)



class _deque_iterator:
    """The iterator of a deque: it refuses to go on once the deque changed."""

    _reversed = False

    def __init__(self, d, index=0, /):
        if not isinstance(d, deque):
            raise TypeError(f"argument 1 must be collections.deque, not {type(d).__name__}")
        self._deque = d
        self._state = d._state
        self._remaining = d._len
        self._taken = min(max(_index(index), 0), d._len)
        self._remaining -= self._taken

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            self._remaining = 0
            raise RuntimeError("deque mutated during iteration")
        if self._remaining <= 0:
            raise StopIteration
        i = d._len - 1 - self._taken if self._reversed else self._taken
        self._taken += 1
        self._remaining -= 1
        buf = d._buf
        return buf[(d._head + i) % len(buf)]

    def __length_hint__(self):
        return max(self._remaining, 0)


class _deque_reverse_iterator(_deque_iterator):
    """The reversed iterator of a deque."""

    _reversed = True

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default
    factory: looking up a missing key stores and returns
    default_factory()."""

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        key = id(self)
        if key in _repr_running:
            factory_repr = "..."
        else:
            _repr_running.add(key)
            try:
                factory_repr = repr(factory)
            finally:
                _repr_running.discard(key)
        return f"{type(self).__name__}({factory_repr}, {dict.__repr__(self)})"

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())


class OrderedDict(dict):
    """Dictionary that remembers insertion order, can move keys to either
    end, and compares order-sensitively with other OrderedDicts."""

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is
        false). Raise KeyError if the element does not exist."""
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary, the
        last inserted or (if last is false) the first."""
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(self)) if last else next(iter(self))
        return key, dict.pop(self, key)

    @_recursive_repr("...")
    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        return f"{name}({list(self.items())!r})"

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict(self) == dict(other) and list(self) == list(other)
        if isinstance(other, dict):
            return dict(self) == other
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return type(self)(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and
        values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __ior__(self, other):
        self.update(other)
        return self

    def __reduce__(self):
        return type(self), (), None, None, iter(self.items())


def _count_elements(mapping, iterable):
    """Adds one to mapping[elem] for each element of iterable."""
    get = mapping.get
    for elem in iterable:
        mapping[elem] = get(elem, 0) + 1


def _count_of(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items: elements are keys and
    their counts are values; a missing element counts zero."""

    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least (all of them if n is None); elements with equal
        counts keep the order in which they were first seen."""
        ranked = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return ranked
        return ranked[:n] if n > 0 else []

    def elements(self):
        """Iterator over elements repeating each as many times as its
        count; elements with a count below one are left out."""
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."
        )

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.
        Source can be an iterable, a dictionary, or another Counter."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self.get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing
        them. Counts can go down to zero or below."""
        if iterable is not None:
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self.get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self.get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return type(self)(self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing
        values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return f"{name}()"
        try:
            ordered = dict(self.most_common())
        except TypeError:
            ordered = dict(self)
        return f"{name}({ordered!r})"

    # Comparisons treat missing elements as having a count of zero.

    def _all_counts(self, other, test):
        for elem in self:
            if not test(self[elem], other[elem]):
                return False
        for elem in other:
            if elem not in self and not test(0, other[elem]):
                return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return _plain_dict_eq(self, other)
        return self._all_counts(other, _equal)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            equal = _plain_dict_eq(self, other)
            return equal if equal is NotImplemented else not equal
        return not self._all_counts(other, _equal)

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _at_most)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, _at_least)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset operations keep only positive counts.

    def _combine(self, other, op):
        result = Counter()
        for elem, count in self.items():
            value = op(count, other[elem])
            if value > 0:
                result[elem] = value
        for elem, count in other.items():
            if elem not in self:
                value = op(0, count)
                if value > 0:
                    result[elem] = value
        return result

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _plus)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, _minus)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, max)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._combine(other, min)

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [e for e, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def _in_place(self, other, op):
        for elem, count in other.items():
            self[elem] = op(self[elem], count)
        return self._keep_positive()

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._in_place(other, _plus)

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._in_place(other, _minus)

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._in_place(other, max)

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in self.items():
            self[elem] = min(count, other[elem])
        return self._keep_positive()


class ChainMap(_MutableMapping):
    """Several mappings searched in order as one; writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        seen = {}
        for mapping in reversed(self.maps):
            seen.update(dict.fromkeys(mapping))
        return iter(seen)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr("...")
    def __repr__(self):
        return f"{type(self).__name__}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def pop(self, key, *default):
        try:
            return self.maps[0].pop(key, *default)
        except KeyError:
            raise KeyError(f"Key not found in the first mapping: {key!r}") from None

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = dict(other)
        for child in reversed(self.maps):
            merged.update(child)
        return type(self)(merged)


def _plain_dict_eq(counter, other):
    # What the reflected dict.__eq__ would give: the dicts' equality.
    if isinstance(other, dict):
        return dict(counter) == dict(other)
    return NotImplemented


def _is_mapping(obj):
    return isinstance(obj, dict) or (
        hasattr(type(obj), "keys") and hasattr(type(obj), "__getitem__")
    )


def _equal(a, b):
    return a == b


def _at_most(a, b):
    return a <= b


def _at_least(a, b):
    return a >= b


def _plus(a, b):
    return a + b


def _minus(a, b):
    return a - b


# namedtuple

_KEYWORDS = frozenset([
    "False", "None", "True", "and", "as", "assert", "async", "await",
    "break", "class", "continue", "def", "del", "elif", "else", "except",
    "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
    "while", "with", "yield",
])


def _no_set(self, value):
    raise AttributeError("can't set attribute")


def _no_delete(self):
    raise AttributeError("can't delete attribute")


def _field_property(index, name):
    def get(self):
        return self[index]
    get.__name__ = name
    return property(get, _no_set, _no_delete,
                    f"Alias for field number {index}")


def namedtuple(typename, field_names, *, rename=False, defaults=None,
               module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = [str(name) for name in field_names]
    typename = _sys.intern(str(typename))

    if rename:
        seen = set()
        for i, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith("_") or name in seen):
                field_names[i] = f"_{i}"
            seen.add(name)

    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(
                f"Type names and field names must be valid identifiers: {name!r}"
            )
        if name in _KEYWORDS:
            raise ValueError(
                f"Type names and field names cannot be a keyword: {name!r}"
            )
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError(
                f"Field names cannot start with an underscore: {name!r}"
            )
        if name in seen:
            raise ValueError(f"Encountered duplicate field name: {name!r}")
        seen.add(name)

    fields = tuple(_sys.intern(name) for name in field_names)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(zip(fields[len(fields) - len(defaults):],
                                  defaults))
    count = len(fields)
    arg_list = ", ".join(fields)

    # __new__ is compiled from source so that its signature names the
    # fields, as do the errors for missing or unexpected arguments.
    namespace = {"_tuple_new": tuple.__new__, "__builtins__": {},
                 "__name__": f"namedtuple_{typename}"}
    values = arg_list + "," if count else ""
    exec(f"def __new__(_cls, {arg_list}):\n"
         f"    return _tuple_new(_cls, ({values}))\n", namespace)
    __new__ = namespace["__new__"]
    __new__.__doc__ = f"Create new instance of {typename}({arg_list})"
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != count:
            raise TypeError(f"Expected {count} arguments, got {len(result)}")
        return result

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value)
                             for name, value in zip(fields, self)])
        if kwds:
            raise ValueError(f"Got unexpected field names: {list(kwds)!r}")
        return result

    def __repr__(self):
        "Return a nicely formatted representation string"
        inner = ", ".join([f"{name}={value!r}"
                           for name, value in zip(fields, self)])
        return f"{type(self).__name__}({inner})"

    def _asdict(self):
        "Return a new dict which maps field names to their values."
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        "Return self as a plain tuple.  Used by copy and pickle."
        return tuple(self)

    _make.__func__.__doc__ = f"Make a new {typename} object from a sequence or iterable"
    _replace.__doc__ = "Return a new namedtuple object replacing specified fields with new values"
    for method in (__new__, _make.__func__, _replace, __repr__, _asdict,
                   __getnewargs__):
        method.__qualname__ = f"{typename}.{method.__name__}"

    if module is None:
        module = _sys._getframemodulename(1) or "__main__"
    class_namespace = {
        "__module__": module,
        "__doc__": f"{typename}({arg_list})",
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        class_namespace[name] = _field_property(index, name)
    return type(typename, (tuple,), class_namespace)


def __getattr__(name):
    # The User classes are made on first use: most programs never need them.
    if name in ("UserDict", "UserList", "UserString"):
        import _collections_user
        value = getattr(_collections_user, name)
        globals()[name] = value
        return value
    raise AttributeError("module 'collections' has no attribute '%s'" % name)
