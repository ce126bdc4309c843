# * and ** in calls, dict displays and list/tuple/set displays


def f(a, b, c=0, *args, **kw):
    return "a=%r b=%r c=%r args=%r kw=%r" % (a, b, c, args, kw)


print(f(*[1, 2]))
print(f(*(1, 2, 3, 4, 5)))
print(f(1, *[2], *(3, 4)))
print(f(**{"a": 1, "b": 2}))
print(f(1, **{"b": 2, "z": 26}))
print(f(*[1], **{"b": 2}, y=3))
print(f(*"ab", **dict(c="C")))
print(f(*range(2), x=1, **{"y": 2}))

try:
    f(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(1, 2, **{"c": 1}, **{"c": 2})
except TypeError as e:
    print(type(e).__name__, e)

d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({"w": 0, **d1, "y": 99})
print([*range(3), *"ab", 9])
print((*[1, 2], 3))
print({*[1, 2], *(2, 3)})
print(*[1, 2, 3], sep="-")
