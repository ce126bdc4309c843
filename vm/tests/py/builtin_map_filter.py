m = map(lambda x: x * 2, [1, 2, 3])
print(type(m).__name__, list(m), list(m))
print(list(map(str, range(4))), list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [3, 2])))
print(list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, True])))
print(list(filter(str.isdigit, "a1b2c3")))


def noisy(x):
    print("mapping", x)
    return x * 10


lazy = map(noisy, [1, 2, 3])
print("map created, nothing called yet")
print(next(lazy))
print(list(lazy))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(len, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum(map(int, "12345")), max(map(abs, [-7, 3])), dict(map(lambda s: (s, len(s)), ["x", "yy"])))
