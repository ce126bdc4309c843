# for loops driving generators: yields, returns, exceptions both ways,
# breaking out and resuming, and generators that are already running.
import sys


def counted(n):
    for i in range(n):
        yield i
    return "done"


print([x for x in counted(3)], list(counted(0)))
total = 0
for x in counted(5):
    total += x
else:
    print("else after exhaustion", total)


def partial_consumer():
    g = counted(6)
    for x in g:
        if x == 2:
            break
    print("after break", next(g), next(g))
    for x in g:
        print("resumed", x)
    for x in g:
        print("never")
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.value)


partial_consumer()


def failing():
    yield 1
    raise ValueError("inside the generator")


try:
    for x in failing():
        print("got", x)
except ValueError as e:
    print("caught", e, type(e.__traceback__).__name__)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


try:
    for x in leaks_stop():
        pass
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def guarded():
    try:
        yield "a"
        yield "b"
    finally:
        print("generator cleanup")


for x in guarded():
    print("body", x)

g = guarded()
for x in g:
    break
g.close()


def nested(n):
    for i in counted(n):
        for j in counted(i):
            yield (i, j)


print(list(nested(4)))


def body_raises():
    try:
        for x in counted(3):
            if x == 1:
                raise KeyError(x)
    except KeyError as e:
        print("KeyError from the loop body", e)


body_raises()


def selfish():
    yield 1
    for x in me:
        yield x


me = selfish()
try:
    for x in me:
        print("selfish", x)
except ValueError as e:
    print("ValueError:", e)


def exc_state():
    try:
        raise TypeError("handled outside")
    except TypeError:
        for x in inner_state():
            print("inside except, generator sees", x)
        print("after loop", sys.exc_info()[0].__name__)


def inner_state():
    yield sys.exc_info()[0].__name__
    try:
        raise IndexError("in generator")
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0].__name__


exc_state()


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for x in deep(n - 1):
        yield x


print(list(deep(50)))
try:
    sys.setrecursionlimit(100)
    print(len(list(deep(200))))
except RecursionError as e:
    print("RecursionError:", e)
finally:
    sys.setrecursionlimit(1000)


class Box:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield item * 2


print([x for x in Box([1, 2, 3])], sum(Box([4, 5])))
