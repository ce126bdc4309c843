sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *args, **kw: (a, b, args, kw)
print(add(1), add(1, 2, 3, k=4))
print((lambda: "no args")())
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
kwonly = lambda *, k: k
print(kwonly(k="kw"))
posonly = lambda a, /, b: a - b
print(posonly(10, b=3))
try:
    kwonly(1)
except TypeError as e:
    print(type(e).__name__, e)
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x: (yield x))(1).__class__.__name__)
