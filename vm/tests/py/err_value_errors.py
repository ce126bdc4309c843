cases = [
    lambda: int("abc"),
    lambda: int("12abc"),
    lambda: int("3.14"),
    lambda: int("ff", 10),
    lambda: float("one"),
    lambda: [1, 2].index(3),
    lambda: "abc".index("z"),
    lambda: [].remove(1),
    lambda: list(range(3)).pop(7),
    lambda: "a,b".split(","),
    lambda: chr(-5),
    lambda: range(1, 2, 0),
    lambda: "x" * -1,
    lambda: int("1" * 5, 2),
    lambda: divmod(5, 2),
    lambda: "{0}".format(),
    lambda: max([]),
    lambda: bytes([300]),
    lambda: "%d" % "x",
    lambda: dict.fromkeys([1]).popitem(),
]
for case in cases:
    try:
        print("ok:", case())
    except (ValueError, IndexError, TypeError, KeyError) as e:
        print(type(e).__name__ + ":", e)
a, b = 1, 2
try:
    a, b = "xyz"
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    (x, y), z = [1, 2], 3, 4
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    [p, q] = {}
except ValueError as e:
    print(type(e).__name__ + ":", e)
