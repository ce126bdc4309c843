it = iter([10, 20, 30])
print(type(it).__name__, next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"x": 1, "y": 2})
print(next(d), list(d))
t = iter((1, 2, 3))
print(iter(t) is t, list(t), list(t))
print(type(iter(range(3))).__name__, type(iter({1})).__name__, type(iter(())).__name__, type(iter({})).__name__)
count = [0]


def counter():
    count[0] += 1
    return count[0]


print(list(iter(counter, 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 6)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3, 4])
for x in it:
    print("for got", x, "next gives", next(it, None))
