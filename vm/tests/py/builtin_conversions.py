print(int("12"), int(12.9), int(-12.9), int(" 7 "), int(True), int("101", 2), int("-ff", 16))
print(float("1.5"), float(2), float(" -3e2 "), float("inf"), float("-nan"), float(True))
print(bool(0), bool(1), bool(""), bool("False"), bool([]), bool([0]), bool(None), bool(0.0), bool({}))
print(str(42), str(4.2), str([1]), str(True))
print(list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3)), list({"k": 1}.items()))
print(tuple([1, 2]), tuple("xy"), tuple(range(2)), tuple({3: 4}))
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 0}, y=1), dict(zip("ab", "cd")), dict())
print(set([1, 2, 2]), set("aaa"), set(), set(range(3)), frozenset([1, 1]))
print(list(map(int, ["1", "2"])), [float(x) for x in ("1", "2.5")])
print(int(float("1e3")), float(int("10") ** 2), str(float(7)), int(str(99) + "1"))
print(bin(10), oct(10), hex(10), bin(0), hex(-1), oct(2 ** 40))
print(int(bin(10), 2), int(hex(255), 16), int(oct(8), 8), int("0b11", 0))
for bad in [lambda: int("1e3"), lambda: float("1,5"), lambda: list(5), lambda: dict(["ab", "c"]),
            lambda: tuple(None), lambda: set(1), lambda: int("")]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
