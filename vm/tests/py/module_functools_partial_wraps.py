# functools.partial, wraps, reduce, cmp_to_key, total_ordering.
import functools

pp = functools.partial(int, base=2)
print(pp("101"), pp.func is int, pp.args, pp.keywords)
add = functools.partial(lambda a, b, c=0: a + b + c, 1)
print(add(2), add(2, c=3), functools.partial(add, 10)())
print(repr(functools.partial(max, 1, key=abs)))
try:
    functools.partial(5)
except TypeError as e:
    print(type(e).__name__, e)
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 0))
print(functools.reduce(lambda a, b: a + b, ["x"]), functools.reduce(max, [3, 9, 2], 5))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)


def deco(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args)

    return wrapper


@deco
def named(x):
    "doc here"
    return x


print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(3))


def plain():
    pass


w = functools.update_wrapper(lambda: None, plain)
print(w.__name__, w.__wrapped__ is plain)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(a) - len(b))))


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) <= V(2), V(3) > V(2), V(2) >= V(2), V(1) > V(2))
try:
    @functools.total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(type(e).__name__, e)
