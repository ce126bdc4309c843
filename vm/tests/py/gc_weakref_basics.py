# weakref.ref: calling it gives the object while it lives and None after;
# the callback runs once with the dead reference; equality and hashing
# follow the referent; which objects can be weakly referenced.
import gc
import weakref


class Node:
    def __init__(self, value):
        self.value = value


n = Node(1)
events = []
r = weakref.ref(n, lambda ref: events.append(ref() is None))
plain = weakref.ref(n)
print(r() is n, plain() is n, r == plain, hash(r) == hash(n))
print(type(r).__name__, callable(r))
del n
gc.collect()
print(r(), plain(), events)
print(r == plain, r != plain)

m = Node(2)
rm = weakref.ref(m)
h = hash(rm)
del m
gc.collect()
print(hash(rm) == h)
dead = weakref.ref(Node(3))
gc.collect()
try:
    hash(dead)
except TypeError as e:
    print("TypeError", e)


def f():
    return 42


rf = weakref.ref(f)
print(rf()())
for target in (1, "s", (1,), [1], {1: 2}, None, 2.5):
    try:
        weakref.ref(target)
        print("referenced", type(target).__name__)
    except TypeError as e:
        print("TypeError", e)
for target in ({1}, frozenset(), Node, f, (x for x in ())):
    print(weakref.ref(target)() is target)

k1, k2 = Node(5), Node(6)
table = {weakref.ref(k1): "one", weakref.ref(k2): "two"}
print(table[weakref.ref(k1)], weakref.ref(k2) in table)
