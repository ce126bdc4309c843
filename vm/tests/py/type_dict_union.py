a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0), ("x", -1)]
print(c)
c |= {}
print(c)
for call in [lambda: a | [("k", 1)], lambda: a | None, lambda: [("k", 1)] | a]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
d = dict(a)
try:
    d |= 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    d |= [1]
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(d)
class D(dict):
    pass
r = D(a) | b
print(type(r).__name__, r)
r2 = a | D(b)
print(type(r2).__name__, r2)
e = D(a)
e |= b
print(type(e).__name__, e)
print({1: "a"} | {True: "b"}, {1.0: 1} | {1: 2})
print(dict.fromkeys("ab", 0) | dict.fromkeys("bc", 1), {**a, **b} == a | b)
