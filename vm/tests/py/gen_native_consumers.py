# Generators consumed by native code (sum, any, all) item by item.
import sys


def numbers(n):
    for i in range(n):
        yield i


print(sum(numbers(10)), sum(x * x for x in range(5)), sum((), 7), sum(numbers(3), 100))
print(any(x > 3 for x in range(10)), all(x < 3 for x in range(10)), any(()), all(()))

# Stopping early leaves the generator suspended where it was.
g = numbers(10)
print(any(x == 4 for x in g), next(g), list(g))
g = numbers(10)
print(all(x < 2 for x in numbers(5)), any(x > 6 for x in g), next(g), sum(g))

# A generator that was already started.
g = numbers(6)
next(g)
next(g)
print(sum(g), next(g, "done"))


# An exception inside the generator propagates through sum.
def failing():
    yield 1
    yield 2
    raise ValueError("from the generator")


try:
    sum(failing())
except ValueError as e:
    print("ValueError", e)


# An exception while adding leaves the generator resumable.
class Bad:
    def __radd__(self, other):
        raise TypeError("cannot add Bad")


def mixed():
    yield 1
    yield Bad()
    yield 3
    yield 4


g = mixed()
try:
    sum(g)
except TypeError as e:
    print("TypeError", e)
print(next(g), next(g))


# The consumer may run Python code on each item.
class Peek:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return other + self.v


def peeking():
    for i in range(3):
        yield Peek(i)


print(sum(peeking()))


# Generators that handle exceptions keep their own exception state.
def handles():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


def consumer_state():
    try:
        raise IndexError("outer")
    except IndexError:
        seen = []

        class Spy:
            def __init__(self, name):
                self.name = name

            def __radd__(self, other):
                seen.append((self.name, sys.exc_info()[0].__name__))
                return other + 1

        total = sum(Spy(n) for n in handles())
        return total, seen, sys.exc_info()[0].__name__


print(consumer_state())


# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def leaky():
    yield 1
    raise StopIteration


try:
    sum(leaky())
except RuntimeError as e:
    print("RuntimeError", e)


# A generator returning a value: the value is dropped.
def returns():
    yield 5
    return 99


print(sum(returns()), all(x for x in returns()))


# Nested consumers.
print(sum(sum(x for x in range(i)) for i in range(6)))
print(any(all(y < x for y in range(x)) for x in range(3)))


# try/finally in a generator that is stopped early runs when it is closed.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


g = guarded()
print(any(x == 1 for x in g))
g.close()

# Deep recursion inside a consumer is still a RecursionError.
def deep(n):
    return sum(deep(n - 1) for _ in range(1)) if n else 0


try:
    deep(100000)
except RecursionError:
    print("RecursionError")
print(deep(50))
