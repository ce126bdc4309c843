import functools
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1), functools.reduce(max, [3, 9, 2]))
try:
    functools.reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    functools.reduce(5, [1, 2])
except TypeError as e:
    print(type(e).__name__, e)
@functools.total_ordering
class V:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        return self.n == o.n
    def __lt__(self, o):
        return self.n < o.n
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(1) <= V(0), V(3) != V(3))
def cmp(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=functools.cmp_to_key(cmp)), sorted(["bb", "a", "ccc"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
k = functools.cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2), max([4, 7, 1], key=k))
p = functools.partial(int, base=2)
print(p("101"), p.func is int, p.args, p.keywords, functools.partial(p, "11")(), repr(functools.partial(max, 1))[:17])
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear()
print(sq.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def named(x):
    "doc here"
    return x
print(named.__name__, named.__doc__, named.__wrapped__.__name__, named(5))
