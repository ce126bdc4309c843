# math: results of every function on a spread of values, printed with repr
# (so each float is compared to the last bit), and its constants.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)

VALUES = [0.0, -0.0, 1e-310, 1e-20, 1e-5, 0.1, 0.25, 0.5, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0,
          5.5, 10.0, 22.0, 23.5, 100.0, 141.5, 170.5, 250.0, 710.0, 1e10, 1e300,
          -1e-5, -0.1, -0.5, -0.7, -1.0, -1.5, -2.5, -3.0, -5.5, -10.0, -150.5, -180.3,
          -250.5, -1e300, math.inf, -math.inf, math.nan, 7, -3, 2**70]

UNARY = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "fabs",
         "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
         "asinh", "acosh", "atanh", "gamma", "lgamma",
         "degrees", "radians", "ulp", "isfinite", "isinf", "isnan", "frexp", "modf"]


def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        return type(e).__name__
    return repr(r)


for name in UNARY:
    f = getattr(math, name)
    print(name, " ".join(show(f, x) for x in VALUES))

# A denser sweep where the algorithms have branches.
for name in ["gamma", "lgamma", "asinh", "acosh", "atanh", "expm1", "log1p"]:
    f = getattr(math, name)
    xs = [i / 7.0 for i in range(-60, 200)] + [1.0 + i / 64.0 for i in range(64)]
    print(name, " ".join(show(f, x) for x in xs))

# cbrt, erf and erfc come from the C library, whose last bit varies between
# implementations: compare them to 12 significant digits.
for name in ["cbrt", "erf", "erfc"]:
    f = getattr(math, name)
    xs = VALUES + [i / 7.0 for i in range(-60, 60)]
    print(name, " ".join("%.12g" % f(x) for x in xs))

PAIRS = [(0.0, 1.0), (1.0, 0.0), (-0.0, -1.0), (2.0, 3.0), (-2.0, 3.0), (-2.0, 0.5), (10.0, 308.0),
         (10.0, 400.0), (0.0, -1.0), (-0.0, -3.0), (math.inf, 2.0), (-math.inf, 3.0),
         (-math.inf, -3.0), (2.0, math.inf), (0.5, math.inf), (0.5, -math.inf), (1.0, math.nan),
         (math.nan, 0.0), (7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (5.0, 3.0), (3.0, 2.0),
         (1e300, 1e-300), (math.inf, math.inf), (5, 7), (6.0, 4.0), (-6.0, 4.0), (7.0, 2.0)]

for name in ["pow", "atan2", "copysign", "fmod", "remainder", "nextafter", "hypot", "ldexp_"]:
    if name == "ldexp_":
        print("ldexp", " ".join(show(math.ldexp, x, e) for x in [1.0, -3.5, 0.75, 1e-300, 1e300, math.inf]
                                for e in [0, 1, -1, 1000, -1000, 1100, -1100, -1074, 2000, 10**30, -10**30]))
        continue
    f = getattr(math, name)
    print(name, " ".join(show(f, x, y) for x, y in PAIRS))

print(math.hypot(), math.hypot(3), math.hypot(-3), math.hypot(3, 4), math.hypot(1, 2, 3, 4, 5))
print(math.hypot(1e-320, 3e-320), math.hypot(1e308, 1e308), math.hypot(math.nan, math.inf))
print(math.hypot(*[i / 3 for i in range(1, 40)]), math.hypot(0.1, 0.2, 0.3))
print(math.dist((1, 2), (4, 6)), math.dist([1.5, 2.5, 3.5], (0, 0, 0)), math.dist((), ()))
print(math.dist(iter([1, 1]), iter([2, 2])), math.dist((3,), (-4,)))

seq = [0.1] * 10
print(math.fsum(seq), sum(seq), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum(iter([1, 2, 3])), math.fsum([2**53, -0.5, -2**-54]))
print(math.fsum([1.0, 1e-16, 1e-16, 1e-16]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1]))
print(math.fsum([1e308, 1e308, -1e308]) if False else math.fsum([1.7e308, -1.7e308, 1.0]))
x = 1.0
vals = []
for i in range(200):
    x = (x * 1103515245 + 12345) % 2147483648.0
    vals.append((x - 1e9) * 10.0 ** (i % 30 - 15))
print(math.fsum(vals), math.fsum(v * v for v in vals[:50]))

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod([3], start=2))
print(math.prod(range(1, 30)), math.prod([[1]], start=3), math.prod(x for x in [1.5, 2]))

for a, b, kw in [(1.0, 1.0 + 1e-10, {}), (1.0, 1.0 + 1e-8, {}), (0.0, 1e-10, {}),
                 (0.0, 1e-10, {"abs_tol": 1e-9}), (1, 2, {"rel_tol": 0.5}),
                 (math.inf, math.inf, {}), (math.inf, -math.inf, {}), (math.nan, math.nan, {})]:
    print(math.isclose(a, b, **kw), end=" ")
print(math.isclose(a=1, b=1))

for x in [0, 1, 5, 20, 21, 30, 100]:
    print(math.factorial(x), end=" ")
print()
print(len(str(math.factorial(1000))), math.factorial(1000) % (10**40 + 7), math.factorial(True))
print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 30), math.gcd(0, 0))
print(math.gcd(2**200 * 3, 2**150 * 9), math.gcd(True, 4))
print(math.lcm(), math.lcm(4), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**70, 6))
for n, k in [(10, 3), (10, 0), (10, 10), (10, 11), (0, 0), (100, 50), (2**70, 2), (52, 5)]:
    print(math.comb(n, k), math.perm(n, k), end=" | ")
print(math.perm(5), math.perm(5, None), math.perm(0))
print(len(str(math.comb(2000, 1000))), math.comb(2000, 1000) % 1000003)
for n in [0, 1, 2, 3, 4, 15, 16, 17, 10**20, 10**20 - 1, 2**200, 2**201 + 12345, True]:
    print(math.isqrt(n), end=" ")
print()
print(math.isqrt(10**400) == 10**200, math.isqrt(10**400 - 1) == 10**200 - 1)

for f in [math.floor, math.ceil, math.trunc]:
    print([f(x) for x in [0.5, -0.5, 1.0, -1.5, 2.5, 1e20, -1e20, 7, -7, 2**80, True, False]])
print(math.floor(1e300) == int(1e300), math.ceil(-1e300) == int(-1e300))


class Floory:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


class Floaty:
    def __float__(self):
        return 2.75


class Indexy:
    def __index__(self):
        return 12


class MyInt(int):
    pass


class MyFloat(float):
    pass


print(math.floor(Floory()), math.ceil(Floory()), math.trunc(Floory()))
print(math.floor(Floaty()), math.ceil(Floaty()), math.sqrt(Floaty()), math.floor(Indexy()))
print(math.sqrt(Indexy()), math.factorial(Indexy()), math.gcd(Indexy(), 8), math.isqrt(Indexy()))
print(math.floor(MyInt(5)), math.trunc(MyFloat(-2.5)), math.sqrt(MyFloat(6.25)), math.log(MyInt(8), 2))

print(math.log(8, 2), math.log(100, 10), math.log(2**1000, 2), math.log(10**400, 10))
print(math.log(2**10000), math.log2(2**1023), math.log2(2**1024), math.log2(3**1000), math.log10(10**300 * 7))
print(math.log(1e-300), math.log(5, 0.5), math.log(True, 2), math.log1p(1e-20), math.log(7.0, 7))
print(math.frexp(2**100), math.frexp(-0.0), math.frexp(5e-324), math.frexp(math.inf))
print(math.modf(-3.25), math.modf(math.inf), math.modf(-math.inf), math.modf(-2.0))
print(math.ulp(0.0), math.ulp(1.0), math.ulp(-1e300), math.ulp(1.7976931348623157e308), math.ulp(math.inf))
print(math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0), math.nextafter(-1.0, 0.0), math.nextafter(5e-324, 0))
