# sys.exc_info and sys.exception-like state through handlers.
import sys

print(sys.exc_info())
try:
    raise ValueError("first")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, v.__traceback__ is tb)
print(sys.exc_info())


def inner():
    return sys.exc_info()[1]


try:
    raise KeyError("k")
except KeyError:
    print(repr(inner()))
    try:
        raise TypeError("nested")
    except TypeError:
        print(repr(sys.exc_info()[1]))
    print(repr(sys.exc_info()[1]))
print(sys.exc_info()[0])


def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


g = gen()
print(next(g), sys.exc_info()[0], next(g))
try:
    try:
        1 / 0
    finally:
        print("finally", sys.exc_info()[0].__name__)
except ZeroDivisionError:
    pass


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        print("exit sees", info[0].__name__, sys.exc_info()[0].__name__)
        return True


with CM():
    raise RuntimeError("suppressed")
print(sys.exc_info())
