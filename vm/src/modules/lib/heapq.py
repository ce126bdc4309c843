"""Heap queues: lists kept so that heap[k] <= heap[2*k+1] and
heap[k] <= heap[2*k+2], the smallest item always at heap[0]."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop"]


def _check_list(heap, function, only_argument=False):
    if not isinstance(heap, list):
        position = "argument" if only_argument else "argument 1"
        kind = "None" if heap is None else type(heap).__name__
        raise TypeError("%s() %s must be list, not %s" % (function, position, kind))


def _sift_toward_root(heap, root, pos):
    """Moves heap[pos] up while it is smaller than its parent, not past
    `root`."""
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not item < parent:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_from_root(heap, pos):
    """Restores the heap below `pos` after heap[pos] was replaced: the
    smaller child moves up until a leaf is reached, then the item goes
    there and back up as far as it must (fewer comparisons than stopping
    early, since a replacing item usually belongs near the bottom)."""
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


def _sift_toward_root_max(heap, root, pos):
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if not parent < item:
            break
        heap[pos] = parent
        pos = parent_pos
    heap[pos] = item


def _sift_from_root_max(heap, pos):
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root_max(heap, start, pos)


def heappush(heap, item):
    """Pushes `item` onto the heap."""
    _check_list(heap, "heappush")
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pops and returns the smallest item of the heap."""
    _check_list(heap, "heappop", True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        smallest = heap[0]
        heap[0] = last
        _sift_from_root(heap, 0)
        return smallest
    return last


def heapreplace(heap, item):
    """Pops and returns the smallest item, then pushes `item` (the heap
    size is unchanged; the result may be larger than `item`)."""
    _check_list(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    smallest = heap[0]
    heap[0] = item
    _sift_from_root(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Pushes `item` then pops and returns the smallest item, in one step."""
    _check_list(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_from_root(heap, 0)
    return item


def heapify(x):
    """Makes the list `x` a heap, in place, in linear time."""
    _check_list(x, "heapify", True)
    for i in reversed(range(len(x) // 2)):
        _sift_from_root(x, i)


def _heappop_max(heap):
    """heappop for a max-heap."""
    _check_list(heap, "_heappop_max", True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        largest = heap[0]
        heap[0] = last
        _sift_from_root_max(heap, 0)
        return largest
    return last


def _heapreplace_max(heap, item):
    """heapreplace for a max-heap."""
    _check_list(heap, "_heapreplace_max")
    if not heap:
        raise IndexError("index out of range")
    largest = heap[0]
    heap[0] = item
    _sift_from_root_max(heap, 0)
    return largest


def _heapify_max(x):
    """heapify for a max-heap."""
    _check_list(x, "_heapify_max", True)
    for i in reversed(range(len(x) // 2)):
        _sift_from_root_max(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merges sorted iterables into one sorted iterator; among equal items,
    those of earlier iterables come first."""
    entries = []
    direction = -1 if reverse else 1
    for order, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            sort_key = value if key is None else key(value)
            entries.append([sort_key, order * direction, value, it])
            break
    if reverse:
        heapify_entries, replace, pop = _heapify_max, _heapreplace_max, _heappop_max
    else:
        heapify_entries, replace, pop = heapify, heapreplace, heappop
    heapify_entries(entries)
    while len(entries) > 1:
        entry = entries[0]
        yield entry[2]
        for value in entry[3]:
            entry[0] = value if key is None else key(value)
            entry[2] = value
            replace(entries, entry)
            break
        else:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from entry[3]


def nsmallest(n, iterable, key=None):
    """The `n` smallest items, as sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    if key is None:
        key = _identity
    heap = []
    order = 0
    for value in iterable:
        entry = (key(value), order, value)
        order += 1
        if len(heap) < n:
            heap.append(entry)
            if len(heap) == n:
                _heapify_max(heap)
        elif entry < heap[0]:
            _heapreplace_max(heap, entry)
    heap.sort()
    return [entry[2] for entry in heap]


def nlargest(n, iterable, key=None):
    """The `n` largest items, as sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    if key is None:
        key = _identity
    heap = []
    order = 0
    for value in iterable:
        entry = (key(value), order, value)
        order -= 1
        if len(heap) < n:
            heap.append(entry)
            if len(heap) == n:
                heapify(heap)
        elif heap[0] < entry:
            heapreplace(heap, entry)
    heap.sort(reverse=True)
    return [entry[2] for entry in heap]


def _identity(value):
    return value
