"""Functions creating iterators for efficient looping.

Most are generator functions behind a function that checks the arguments
at once, as CPython's do; count, repeat, groupby and tee are iterator
classes, for their reprs and their shared state."""

import sys as _sys

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]


def _as_int(value):
    if isinstance(value, int):
        return value
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(
            f"'{type(value).__name__}' object cannot be interpreted as an integer"
        ) from None
    return method(value)


def _is_number(value):
    cls = type(value)
    return (isinstance(value, (int, float)) or hasattr(cls, "__index__")
            or hasattr(cls, "__float__") or hasattr(cls, "__int__")
            or hasattr(cls, "__complex__"))


# Infinite iterators.

class count:
    """count(start=0, step=1) --> count object

    Return a count object whose .__next__() method returns consecutive
    values."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._next = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        value = self._next
        self._next = value + self._step
        return value

    def __repr__(self):
        name = type(self).__name__
        step = self._step
        if type(step) is int and step == 1:
            return f"{name}({self._next!r})"
        return f"{name}({self._next!r}, {step!r})"

    def __reduce__(self):
        return type(self), (self._next, self._step)


def cycle(iterable, /):
    """Return elements from the iterable until it is exhausted. Then repeat
    the sequence indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        saved.append(element)
        yield element
    if not saved:
        return
    while True:
        yield from saved


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the
    object for the specified number of times.  If not specified, returns
    the object endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        self._left = None if times is None else max(_as_int(times), 0)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._object
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._object

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        name = type(self).__name__
        if self._left is None:
            return f"{name}({self._object!r})"
        return f"{name}({self._object!r}, {self._left})"

    def __reduce__(self):
        if self._left is None:
            return type(self), (self._object,)
        return type(self), (self._object, self._left)


# Iterators ending on the shortest input.

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function
    results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    else:
        total = initial
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from
    the first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain(iterables)


def _chain(iterables):
    for iterable in iterables:
        yield from iterable


def _from_iterable(iterable, /):
    """Alternative chain() constructor taking a single iterable argument
    that evaluates lazily."""
    return _chain(iter(iterable))


_from_iterable.__name__ = "from_iterable"
_from_iterable.__qualname__ = "chain.from_iterable"
chain.from_iterable = _from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for element, selector in zip(data, selectors):
        if selector:
            yield element


def dropwhile(predicate, iterable, /):
    """Drop items from the iterable while predicate(item) is true.
    Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for element in it:
        if not predicate(element):
            yield element
            break
    yield from it


def filterfalse(function, iterable, /):
    """Return those items of iterable for which function(item) is false.
    If function is None, return the items that are false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for element in it:
            if not element:
                yield element
    else:
        for element in it:
            if not function(element):
                yield element


_UNSET = object()


class groupby:
    """make an iterator that returns consecutive keys and groups from the
    iterable; key is a function computing a key value for each element,
    the element itself when None."""

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._target_key = _UNSET
        self._key = _UNSET
        self._value = _UNSET
        self._group = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._group = None
        while True:
            key = self._key
            if key is not _UNSET:
                target = self._target_key
                if target is _UNSET or not (target is key or target == key):
                    break
            self._step()
        self._target_key = key
        group = _grouper(self, key)
        self._group = group
        return key, group


class _grouper:
    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._group is not self:
            raise StopIteration
        if parent._value is _UNSET:
            parent._step()
        key = parent._key
        if not (self._key is key or self._key == key):
            raise StopIteration
        value = parent._value
        parent._value = _UNSET
        parent._key = _UNSET
        return value


def _islice_index(value, message):
    if value is None:
        return None
    try:
        value = _as_int(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _sys.maxsize:
        raise ValueError(message)
    return value


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable."""
    if not 1 <= len(args) <= 3:
        if not args:
            raise TypeError("islice expected at least 2 arguments, got 1")
        raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop, step = (args + (None,))[:3]
    stop = _islice_index(
        stop,
        "Stop argument for islice() must be None or an integer: "
        "0 <= x <= sys.maxsize.")
    start = _islice_index(
        start,
        "Indices for islice() must be None or an integer: "
        "0 <= x <= sys.maxsize.")
    step_message = "Step for islice() must be a positive integer or None."
    if step is not None:
        try:
            step = _as_int(step)
        except TypeError:
            raise ValueError(step_message) from None
        if step < 1:
            raise ValueError(step_message)
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    position = 0
    wanted = start
    while True:
        while position < wanted:
            try:
                next(it)
            except StopIteration:
                return
            position += 1
        if stop is not None and position >= stop:
            return
        try:
            element = next(it)
        except StopIteration:
            return
        position += 1
        wanted += step
        if stop is not None and wanted > stop:
            wanted = stop
        yield element


def pairwise(iterable, /):
    """Return an iterator of overlapping pairs taken from the input
    iterator: s -> (s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    try:
        previous = next(it)
    except StopIteration:
        return
    for element in it:
        yield previous, element
        previous = element


def starmap(function, iterable, /):
    """Return an iterator whose values are returned from the function
    evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable, /):
    """Return successive entries from an iterable as long as the predicate
    evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for element in it:
        if not predicate(element):
            return
        yield element


class _tee:
    """An iterator over a shared singly linked list of the source's items:
    each link is [item, next link]; the last link, [None, None], is filled
    from the source by whichever iterator reaches it first."""

    def __init__(self, it, link):
        self._it = it
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            link[0] = next(self._it)
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._it, self._link)



def tee(iterable, n=2, /):
    """Returns a tuple of n independent iterators."""
    n = _as_int(n)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    first = it if hasattr(it, "__copy__") else _tee(it, [None, None])
    return tuple([first] + [first.__copy__() for _ in range(n - 1)])


def zip_longest(*iterables, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple
    where the i-th element comes from the i-th iterable argument; shorter
    iterables are padded with fillvalue."""
    return _zip_longest([iter(it) for it in iterables], fillvalue)


def _zip_longest(its, fillvalue):
    active = len(its)
    if not active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                its[i] = None
                values.append(fillvalue)
        yield tuple(values)


# Combinatoric iterators.

def product(*iterables, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested
    for-loops."""
    repeat = _as_int(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    current = [pool[0] for pool in pools]
    yield tuple(current)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            k = indices[i] + 1
            if k < len(pool):
                indices[i] = k
                current[i] = pool[k]
                break
            indices[i] = 0
            current[i] = pool[0]
            i -= 1
        if i < 0:
            return
        yield tuple(current)


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError("Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the
    iterable."""
    pool = tuple(iterable)
    r = len(pool) if r is None else _check_r(r)
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    used = [False] * n
    chosen = []
    # The next index to try at each depth of the search.
    candidates = [0]
    while candidates:
        if len(chosen) == r:
            yield tuple([pool[i] for i in chosen])
            candidates.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        c = candidates[-1]
        while c < n and used[c]:
            c += 1
        if c >= n:
            candidates.pop()
            if chosen:
                used[chosen.pop()] = False
            continue
        candidates[-1] = c + 1
        used[c] = True
        chosen.append(c)
        candidates.append(0)


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the
    iterable."""
    pool = tuple(iterable)
    return _combinations(pool, _check_r(r))


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[k] for k in indices])
    while True:
        # The rightmost index that can still move right.
        i = r - 1
        while i >= 0 and indices[i] == n - r + i:
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    pool = tuple(iterable)
    return _combinations_with_replacement(pool, _check_r(r))


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[k] for k in indices])
    while True:
        i = r - 1
        while i >= 0 and indices[i] == n - 1:
            i -= 1
        if i < 0:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
