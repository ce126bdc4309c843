def f(*args):
    return type(args).__name__, len(args), args


print(f())
print(f(1))
print(f(1, "two", [3]))
print(f(*range(4)))


def g(first, *rest):
    return first, rest


print(g(1), g(1, 2, 3))


def total(*nums, start=0):
    for n in nums:
        start += n
    return start


print(total(1, 2, 3), total(1, 2, start=100), total())


def forward(*args, **kwargs):
    return f(*args, **kwargs)


print(forward(9, 8))
try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(x=1)
except TypeError as e:
    print(type(e).__name__, e)
