# functools.lru_cache and cache: hits, misses, eviction, typed, cache_info.
import functools

calls = []


@functools.lru_cache(maxsize=2)
def square(n):
    calls.append(n)
    return n * n


print(square(2), square(2), square(3), square(4), square(2))
print(square.cache_info(), calls)
print(square.cache_info().hits, square.cache_info().maxsize, type(square.cache_info()).__name__)
square.cache_clear()
print(square.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.lru_cache
def bare(x):
    return x + 1


print(bare(1), bare(1), bare.cache_info())


@functools.lru_cache(maxsize=None)
def unbounded(x, y=0):
    return x + y


print(unbounded(1), unbounded(1, y=2), unbounded(1, 2), unbounded.cache_info())


@functools.lru_cache(typed=True)
def typed(x):
    return type(x).__name__


print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
try:
    square([1])
except TypeError as e:
    print(type(e).__name__, e)
print(square.__name__, square.__wrapped__(5))


@functools.lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())
