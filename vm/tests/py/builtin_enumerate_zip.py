print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
e = enumerate(["p", "q"])
print(type(e).__name__, next(e), next(e), next(e, "done"))
for i, (a, b) in enumerate(zip("xy", [1, 2])):
    print(i, a, b)
print(list(zip([1, 2, 3], "abc")), list(zip()), list(zip([1])), list(zip([1, 2], [3])))
print(list(zip(range(3), range(10, 13), "xyz")), dict(zip("abc", range(3))))
z = zip([1, 2], [3, 4])
print(type(z).__name__, next(z), list(z))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=True)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
nums, names = zip(*pairs)
print(nums, names)


def gen():
    for i in range(5):
        print("gen yields", i)
        yield i


print(list(zip(gen(), "ab")))
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
