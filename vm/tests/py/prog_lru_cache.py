# An LRU cache built on a dict plus a hand-written doubly linked list, and a memoizing decorator.


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity, verbose=True):
        self.verbose = verbose
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()  # most recent after head
        self.tail = _Node()  # least recent before tail
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
            if self.verbose:
                print("  evict", lru.key)
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        self.put(key, value)

    def keys(self):
        out, node = [], self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __repr__(self):
        return "LRUCache(%s)" % ", ".join("%r: %r" % (k, self.map[k].value) for k in self.keys())


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c))
print(c["a"], c.keys())
c["d"] = 4
print(c, "b" in c)
c["c"] = 30
c["e"] = 5
print(c)
print(c.get("zzz", "miss"), c.get("c"))
try:
    c["b"]
except KeyError as e:
    print("KeyError", e)
print("hits", c.hits, "misses", c.misses, "evictions", c.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError", e)


def lru_memo(capacity):
    def deco(fn):
        cache = LRUCache(capacity, verbose=False)

        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco


@lru_memo(100)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(8, 8), paths(16, 16), len(paths.cache), paths.cache.hits, paths.cache.misses, paths.cache.evictions)
print(paths.cache.keys()[:4])
small = LRUCache(2)
for key in [1, 2, 1, 3, 1, 4, 2]:
    if small.get(key) is None:
        small.put(key, key * key)
print(small, small.hits, small.misses)
