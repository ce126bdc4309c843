# fractions.Fraction: construction, arithmetic with ints/floats/complex,
# comparisons, hashing like CPython's, rounding and limit_denominator.
import math
from fractions import Fraction as F

for args in [(3, -6), (0, 5), (7,), (F(1, 3), F(2, 5)), ("  -3/4 ",), ("1.5e-3",), ("1_000.2_5",), (".5",), ("5.",), ("-.5E+2",), (2.5,), (0.1,), (True,)]:
    print(args, repr(F(*args)))
for args in [(1, 0), ("1/0",), ("abc",), ("1 / 3",), ("/3",), ("1.5/2",), ("1__0",), ("",), ([],), (1, 2.0), (float("inf"),), (float("nan"),)]:
    try:
        F(*args)
    except (ValueError, TypeError, ZeroDivisionError, OverflowError) as e:
        print(args, type(e).__name__, e)

a, b = F(1, 3), F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
print(a + 1, 1 - a, 2 * a, 1 / a, 7 // a, 7 % a, a + 0.5, 0.5 * a, a + 1j)
print(a ** 2, b ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(-1), F(1, 4) ** 0.5)
print(-a, +a, abs(b), int(b), math.floor(b), math.ceil(b), math.trunc(b), float(a), bool(F(0)))
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1234, 1000), 2), round(F(1350), -2))
print(a < b, a > 0.33, a == F(2, 6), F(1, 2) == 0.5, F(1) == 1, 1 == F(1), F(1, 2) == 0.5 + 0j, F(3) > float("inf"), F(3) == float("nan"))
print(sorted([F(1, 2), 0.25, 1, F(1, 3), -2]))
for x in (F(1, 2), F(1, 3), F(-1, 3), F(5), F(-1), F(1, 2**61 - 1), F(10**30, 7)):
    print(x, hash(x))
print(hash(F(1, 2)) == hash(0.5), hash(F(7)) == hash(7), {F(1, 2): "half"}[0.5])
pi = F(math.pi)
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(), F(-4321, 8765).limit_denominator(1000))
print(F(3, 4).as_integer_ratio(), F(3, 4).numerator, F(3, 4).denominator, str(F(4, 1)), repr(F(-3, 4)))
print(F.from_float(0.25), F.from_float(3), F(10**20, 3) + F(1, 10**20))
for call in (
    lambda: F(1, 2) / 0,
    lambda: F(1, 2) // 0,
    lambda: F(0) ** -1,
    lambda: F(1, 3).limit_denominator(0),
    lambda: F.from_float("x"),
    lambda: F(1, 3) + "a",
    lambda: F(1, 3) < "a",
):
    try:
        call()
    except (ValueError, TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)


class Sub(F):
    pass


print(repr(Sub(1, 2)), type(Sub(1, 2) + 1).__name__)
