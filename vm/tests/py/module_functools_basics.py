import functools
from functools import reduce, partial, lru_cache, cache, wraps, cmp_to_key, total_ordering

# reduce
print(reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a + b, [], 10), reduce(lambda a, b: a + b, [5]))
print(reduce(lambda acc, x: acc + [x * 2], range(3), []))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)

# partial
def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1, d=4)
print(p(2), p(2, 3), p(2, d=9), p.args, p.keywords, p.func is f)
pp = partial(p, 5, c=6)
print(pp(), pp.args, pp.keywords, pp.func is f)
print(partial(int, base=2)("101"))
try:
    partial(3)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))

# wraps / update_wrapper
def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def double_me(x):
    """Returns x."""
    return x

double_me.extra = 1
print(double_me(21), double_me.__name__, double_me.__doc__, double_me.__wrapped__(3))
print(double_me.__qualname__, double_me.__module__)

def tagged(fn):
    fn.tag = "t"
    return fn

@deco
@tagged
def g(x):
    return x

print(g.tag, g(1))

# lru_cache
calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info(), sq.cache_info().hits, sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@lru_cache(maxsize=None, typed=True)
def ident(x):
    calls.append(("ident", x))
    return x

calls.clear()
print(ident(1), ident(1.0), ident(1), calls, ident.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

print(nocache(1), nocache(1), nocache.cache_info())

@cache
def slow(a, b=2):
    calls.append((a, b))
    return a + b

calls.clear()
print(slow(1), slow(1), slow(1, b=3), slow(1, b=3), calls, slow.cache_info())
try:
    slow([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    lru_cache("x")
except TypeError as e:
    print(type(e).__name__, e)


class Thing:
    @lru_cache(maxsize=None)
    def method(self, x):
        return x + 1

print(Thing().method(1), Thing.method.cache_info().misses)

# cmp_to_key
def by_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)

words = ["pear", "fig", "apple", "kiwi", "date"]
print(sorted(words, key=cmp_to_key(by_len_then_alpha)))
print(max(words, key=cmp_to_key(by_len_then_alpha)))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) <= k(2), k(3) == k(3), k(3) > k(4), k(1) >= k(0))
try:
    hash(k(1))
except TypeError as e:
    print(type(e).__name__)

# total_ordering
@total_ordering
class Version:
    def __init__(self, major, minor):
        self.key = (major, minor)

    def __eq__(self, other):
        return self.key == other.key

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key < other.key

a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a >= Version(1, 2), a <= Version(1, 2))
print(sorted([b, a, Version(0, 9)], reverse=True)[0].key)
try:
    a > 5
except TypeError as e:
    print(type(e).__name__, e)

@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v

print(Rev(1) < Rev(2), Rev(2) > Rev(1), Rev(1) <= Rev(1), Rev(3) <= Rev(1))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# cached_property
class Circle:
    def __init__(self, r):
        self.r = r

    @functools.cached_property
    def area(self):
        print("computing")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area, "area" in c.__dict__)
