def f(**kw):
    return kw


print(f())
print(f(a=1, b=2))
print(f(z=1, a=2, m=3))  # insertion order preserved
print(f(**{"x": 1}, y=2))
print(type(f()).__name__)


def g(a, b=0, **extra):
    return a, b, extra


print(g(1, c=3))
print(g(b=2, a=1, c=3, d=4))
print(g(**{"a": 5, "zzz": 6}))


def opts(**kw):
    kw["added"] = True
    return kw


orig = {"x": 1}
res = opts(**orig)
print(orig, res, orig is res)


def everything(a, b=2, *args, c, d=4, **kw):
    return "a=%s b=%s args=%s c=%s d=%s kw=%s" % (a, b, args, c, d, kw)


print(everything(1, c=3))
print(everything(1, 2, 3, 4, c=5, e=6))
print(everything(c=1, a=2, f=3, d=9))
try:
    f(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
