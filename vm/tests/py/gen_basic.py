def count_up(n):
    print("generator started")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("generator finishing")


g = count_up(3)
print(type(g).__name__, "created; body not yet run")
print(next(g))
print(next(g))
print(list(g))
print(next(g, "default after exhaustion"))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])


def with_return():
    yield 1
    return "the value"


g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)


def empty():
    return
    yield


print(list(empty()), type(empty()).__name__)


def multi_yield():
    x = yield
    print("x =", x)
    yield 1
    yield 2


print(list(multi_yield()))


def gen_in_loop_with_state():
    total = 0
    for v in [5, 10, 15]:
        total += v
        yield total


print(list(gen_in_loop_with_state()), sum(gen_in_loop_with_state()))
g1 = count_up(2)
print(iter(g1) is g1)


def yield_expr_values():
    for i in range(3):
        got = yield i * 10
        print("resumed with", got)


print(list(yield_expr_values()))
