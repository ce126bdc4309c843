print(0.1 + 0.2, 0.3 - 0.1, 1.1 * 3, 1 / 3, 2 ** 0.5, 10 / 4, 7 / -2)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10, 2.0 ** -1074, 2.0 ** -1075)
inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf < 0 < inf, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(0.0 == -0.0, 1 / inf, -1 / inf)
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5), round(2.675, 2), round(1.23456, 3))
print(round(123.456, -1), round(5.5), type(round(5.5)).__name__, type(round(5.5, 0)).__name__, round(-0.4))
print(abs(-3.5), abs(-0.0), max(1.5, 2), min(-0.0, 0.0), sum([0.1] * 10))
print((3.75).is_integer(), (4.0).is_integer(), (0.5).as_integer_ratio(), (0.1).as_integer_ratio())
print(int(-2.5), int(2.9999), int(-0.9))
print((1.5).hex(), float.fromhex("0x1.8p1"))
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, -2))
print(1e16 + 1, 1e16 + 2, 2 ** 53 + 1.0, 0.1 + 0.7)
print(3 * 0.1 == 0.3, abs(3 * 0.1 - 0.3) < 1e-9)
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(hash(1.5) == hash(1.5), hash(2.0) == hash(2), hash(0.5))
print(hash(float("inf")), hash(-float("inf")))
