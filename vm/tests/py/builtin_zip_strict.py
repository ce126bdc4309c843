print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)), list(zip("abc", [1], strict=False)))
for args in [([1, 2], [1]), ([1], [1, 2]), ([1], [1], [1, 2, 3]), ([1, 2, 3], [1, 2], [1])]:
    z = zip(*args, strict=True)
    got = []
    try:
        for item in z:
            got.append(item)
    except ValueError as e:
        print(got, type(e).__name__, e)
def gen():
    yield 1
    raise RuntimeError("boom")
try:
    list(zip([1, 2], gen(), strict=True))
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    zip([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip([1], bogus=True)
except TypeError as e:
    print(type(e).__name__, e)
z = zip("ab", range(3))
print(next(z), next(z), next(z, "end"), list(zip(*[(1, "a"), (2, "b")])), dict(zip("xy", [1, 2])))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: a, "ab", [1])), list(enumerate("ab", start=10)), list(enumerate([], 5)))
try:
    map(5, [1]).__next__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([1], "x")
except TypeError as e:
    print(type(e).__name__, e)
