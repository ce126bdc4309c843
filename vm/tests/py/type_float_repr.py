values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789.0, 1.5e-7,
          1e-4, 0.0001234, 1e-5, 1e22, 1e23, 2.5, 1 / 3, 2 / 3, 100.0, 1e100, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 3.141592653589793, 123.456, 1234567890123456789.0,
          0.1 * 3, 9007199254740993.0, 1.1, 2.675, 0.5, 1e-7, 12345678901234567.0]
for v in values:
    print(repr(v), str(v))
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan), str(-nan))
print(float("1e500"), float("-1e500"), float("Infinity"), float("-INF"), float("nAn"))
print([1.0, 2.5, -0.0], (0.1,), {"f": 1e-10})
print(f"{0.1}", "%s %r" % (0.1, 0.2), str(1e16), str(1e-5))
print(float(1), float("3.25"), float("  -2.5e3 "), float("1_000.5"), float(".5"), float("5."))
print(float(True), float(10 ** 20), float(-7))
