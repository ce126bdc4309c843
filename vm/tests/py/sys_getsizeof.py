# sys.getsizeof: sizes differ between implementations, so this prints only
# what holds in any of them: sizes are positive ints, a container with more
# in it is larger, __sizeof__ is consulted, and the arguments and errors.
import sys

class Plain:
    pass

class Slotted:
    __slots__ = ("a",)

class ListSub(list):
    pass

def function():
    pass

def generator():
    yield 1

samples = [
    0, 1, -5, 2**62, 2**200, 1.5, 1e300, 0.0, "", "abc", "é" * 10, b"", b"abc",
    bytearray(b"xyz"), (), (1, 2), [], [1, 2], {}, {1: 2}, set(), {1, 2},
    frozenset({3}), range(10), slice(1, 2, 3), None, True, False, Ellipsis,
    NotImplemented, function, Plain, int, type, Plain(), Slotted(), ListSub([1]),
    generator(), iter([1]), iter(()), {}.keys(), {}.items(), len, [].append,
    Plain().__init__, sys, function.__code__, ValueError("x"), property(),
    staticmethod(function), classmethod(function), enumerate([]), zip(), map(len, []),
    filter(None, []), reversed([]), iter(range(3)), super(Plain, Plain()),
]
for value in samples:
    size = sys.getsizeof(value)
    if type(size) is not int or size <= 0:
        print("bad size", type(value).__name__, size)
print("every sample has a positive int size:", len(samples))

def grows(label, small, large):
    print(label, sys.getsizeof(large) > sys.getsizeof(small))

grows("list", [], [1, 2, 3])
grows("list capacity", [], list(range(1000)))
grows("tuple", (), (1, 2, 3))
grows("str", "a", "a" * 100)
grows("non-ASCII str", "é", "é" * 100)
grows("bytes", b"", b"x" * 100)
grows("bytearray", bytearray(), bytearray(100))
grows("dict", {}, {i: i for i in range(100)})
grows("set", set(), set(range(100)))
grows("frozenset", frozenset(), frozenset(range(100)))
grows("int", 1, 2**1000)
grows("big int", 2**100, 2**1000)

print("at least the payload:",
      sys.getsizeof(list(range(1000))) >= 8 * 1000,
      sys.getsizeof(tuple(range(1000))) >= 8 * 1000,
      sys.getsizeof("a" * 1000) >= 1000,
      sys.getsizeof(b"x" * 1000) >= 1000,
      sys.getsizeof(bytearray(1000)) >= 1000,
      sys.getsizeof(2**8000) >= 1000)

growing = []
sizes = []
for i in range(100):
    growing.append(i)
    sizes.append(sys.getsizeof(growing))
print("appending never shrinks a list:", sizes == sorted(sizes), sizes[-1] > sizes[0])
while growing:
    growing.pop()
print("an emptied list", sys.getsizeof(growing) > 0)

print("same as __sizeof__ for an int", sys.getsizeof(12345) == (12345).__sizeof__())
print("same as __sizeof__ for a str", sys.getsizeof("hello") == "hello".__sizeof__())
print("__sizeof__ of a list", type([].__sizeof__()).__name__, [].__sizeof__() > 0)

class Reported:
    def __sizeof__(self):
        return 1000

class NotAnInt:
    def __sizeof__(self):
        return "big"

class Negative:
    def __sizeof__(self):
        return -1

class Failing:
    def __sizeof__(self):
        raise TypeError("cannot size")

class Bool:
    def __sizeof__(self):
        return True

print("__sizeof__ is used", sys.getsizeof(Reported()) >= 1000)
print("bool result", sys.getsizeof(Bool()) >= 1)
print("default when __sizeof__ misbehaves", sys.getsizeof(NotAnInt(), "dflt"),
      sys.getsizeof(Failing(), None))
print("default unused", sys.getsizeof(Reported(), -1) >= 1000)
print("keywords", sys.getsizeof(object=[]) == sys.getsizeof([]),
      sys.getsizeof([], default=0) == sys.getsizeof([]),
      sys.getsizeof(NotAnInt(), default=7))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("no argument", lambda: sys.getsizeof())
attempt("three arguments", lambda: sys.getsizeof(1, 2, 3))
attempt("unknown keyword", lambda: sys.getsizeof(1, size=2))
attempt("twice", lambda: sys.getsizeof(1, object=2))
attempt("not an int", lambda: sys.getsizeof(NotAnInt()))
attempt("negative", lambda: sys.getsizeof(Negative()))
attempt("negative with default", lambda: sys.getsizeof(Negative(), 0))
attempt("raising", lambda: sys.getsizeof(Failing()))
