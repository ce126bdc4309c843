def f(a, *, key, flag=False):
    return a, key, flag


print(f(1, key="k"))
print(f(1, flag=True, key=2))
try:
    f(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)


def g(*args, sep, end="."):
    return sep.join(args) + end


print(g("a", "b", sep="-"))
try:
    g("a", "b")
except TypeError as e:
    print(type(e).__name__, e)


def h(*, x, y, z):
    return x + y + z


print(h(z=1, y=2, x=3))
try:
    h(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
