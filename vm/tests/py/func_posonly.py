def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)


def g(x, /, **kw):
    return x, kw


# a positional-only name can also appear in **kwargs
print(g(1, x=2))


def h(a, b=2, /, c=3):
    return a, b, c


print(h(1), h(1, 5), h(1, 5, 6), h(1, c=9))
try:
    h()
except TypeError as e:
    print(type(e).__name__, e)
