import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**40), math.isqrt(2**127 - 1))
print(math.gcd(), math.gcd(12), math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(0, 0), math.gcd(2**100, 2**60 * 3))
print(math.lcm(), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-4, 6))
print(math.comb(10, 3), math.comb(5, 7), math.comb(50, 25), math.perm(5), math.perm(5, 2), math.perm(3, 5), math.factorial(25))
print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod([2.5, 2]), math.prod(range(1, 6), start=2), math.prod([[1]], start=1) if False else 0)
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum(iter([1, 2.5])))
print(math.copysign(1, -0.0), math.copysign(-3, 2), math.fabs(-2), math.modf(-3.25), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), type(math.floor(2.0)).__name__, math.floor(10**20), math.ceil(True))
print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2),
      math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan != math.nan, math.hypot(3, 4), math.hypot(), math.dist((0, 0), (3, 4)))
print(math.degrees(math.pi), math.radians(180), round(math.sin(math.pi / 2), 12), math.atan2(0.0, -1.0), math.atan2(-0.0, -1.0))
print(math.exp(0), math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(2**1000), math.log2(2**2000), math.expm1(0), math.log1p(0))
print(math.remainder(10, 3), math.remainder(11, 3), math.nextafter(1.0, 2.0) > 1.0, math.ulp(1.0))
class Floaty:
    def __float__(self):
        return 2.25
class Ceily:
    def __ceil__(self):
        return "ceil!"
print(math.sqrt(Floaty()), math.ceil(Ceily()), math.floor(Floaty()) if False else 0)
