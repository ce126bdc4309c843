# float methods: is_integer, as_integer_ratio, hex/fromhex, rounding, float().


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for x in [0.0, -0.0, 1.5, -2.25, 1e300, 3.0]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x0p0"))
show(float.fromhex, "zz")
show(float("inf").as_integer_ratio)
show(float("nan").as_integer_ratio)
print(float("1.5"), float(" -2 "), float("1e3"), float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"), float(3), float(True), float(2**53 + 1))
for bad in ["", "abc", "1.5.5", "1e", "_1"]:
    show(float, bad)
show(float, None)
show(float, 10**400)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1.23456, 3), round(-0.5))
print(round(1e300, -300), round(123.456, -1), type(round(1.5)).__name__, type(round(1.5, 0)).__name__)
show(round, float("inf"))
show(round, float("nan"))
print(1.0 / 3, 2 / 3, 0.1 + 0.2, 1e16, 1e-7, 123456789012345678.0, 1.0e22, -0.0)
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 % 2, 7.0 % -3)
show(divmod, 1.0, 0.0)
show(lambda: 1.0 / 0)
show(lambda: 1.0 % 0)
print(float("inf") > 1e308, float("nan") == float("nan"), 0.0 == -0.0, hash(0.0) == hash(-0.0))
print(hash(1.5), hash(1.0) == hash(1), (2.5).real, (2.5).imag, (2.5).conjugate())
print(1e308 * 10, -1e308 * 10, (1e308 * 10) - (1e308 * 10))
show(lambda: 10.0 ** 400)
print(2.0 ** 0.5, (-8.0) ** (1 / 3) if False else 4.0 ** -1, 0.0 ** 0)
import math
print(int(1e20), int(-1.5), float.__name__, math.trunc(3.7), math.floor(3.2), math.ceil(3.2))
print(round(1249.5, -1), round(-1250.0, -2), round(-4.0, -1), round(1.5e300, -299), round(5e-324, -1))
show(round, 1.7e308, -308)
