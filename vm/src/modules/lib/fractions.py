"""Rational numbers: Fraction, exact ratios of two integers."""

import math
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _strip_digits(text, i):
    """End of a run of digits starting at i, single underscores allowed
    between digits; i itself if there is no digit there."""
    n = len(text)
    j = i
    while j < n and text[j].isdecimal():
        j += 1
        if j + 1 < n and text[j] == "_" and text[j + 1].isdecimal():
            j += 1
    return j


def _parse(literal):
    """(numerator, denominator) of a string such as ' -3/4 ', '1.5e-3' or
    '7'; None if it is not one."""
    text = literal.strip()
    i = 0
    n = len(text)
    negative = False
    if i < n and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    end = _strip_digits(text, i)
    whole = text[i:end]
    i = end
    numerator = int(whole) if whole else 0
    denominator = 1
    if i < n and text[i] == "/":
        if not whole:
            return None
        rest = text[i + 1 :]
        end = _strip_digits(rest, 0)
        if end == 0 or end != len(rest):
            return None
        denominator = int(rest)
    else:
        fraction = ""
        if i < n and text[i] == ".":
            end = _strip_digits(text, i + 1)
            fraction = text[i + 1 : end]
            i = end
        if not whole and not fraction:
            return None
        if fraction:
            scale = 10 ** len(fraction.replace("_", ""))
            numerator = numerator * scale + int(fraction)
            denominator = scale
        if i < n and text[i] in "eE":
            j = i + 1
            if j < n and text[j] in "+-":
                j += 1
            end = _strip_digits(text, j)
            if end == j:
                return None
            exponent = int(text[i + 1 : end])
            i = end
            if exponent >= 0:
                numerator *= 10**exponent
            else:
                denominator *= 10**-exponent
        if i != n:
            return None
    if negative:
        numerator = -numerator
    return numerator, denominator


class Fraction:
    """An exact rational number, numerator/denominator in lowest terms with
    a positive denominator.

    Fraction(n, d) for integers or Fractions; Fraction(x) for an int,
    Fraction, float, an object with as_integer_ratio (such as Decimal), or a
    string: '3/4', '-1.5', '2e-3', ' 7 '."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                n = numerator.numerator
                d = numerator.denominator
            elif isinstance(numerator, float) or (
                not isinstance(numerator, str) and hasattr(type(numerator), "as_integer_ratio")
            ):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            n, d = numerator, denominator
        elif _is_rational(numerator) and _is_rational(denominator):
            n = numerator.numerator * denominator.denominator
            d = denominator.numerator * numerator.denominator
        else:
            raise TypeError("both arguments should be Rational instances")
        if d == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % n)
        if _normalize:
            g = math.gcd(n, d)
            if d < 0:
                g = -g
            n //= g
            d //= g
        self._numerator = n
        self._denominator = d
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of the float `f` (or of an int)."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(
                "%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__)
            )
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal (or of an int)."""
        if isinstance(dec, int):
            return cls(dec)
        if type(dec).__name__ != "Decimal":
            raise TypeError(
                "%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__)
            )
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """(numerator, denominator)."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator of at most
        `max_denominator`."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Continued fraction convergents p1/q1 until the next denominator
        # would be too large; the answer is the last convergent or the best
        # semiconvergent after it.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        semiconvergent = Fraction(p0 + k * p1, q0 + k * q1)
        convergent = Fraction(p1, q1)
        if abs(convergent - self) <= abs(semiconvergent - self):
            return convergent
        return semiconvergent

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def __repr__(self):
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: exact with ints and Fractions, through float with floats
    # and through complex with complex numbers, as the numeric tower asks.

    def _operands(self, other):
        """How to combine self with other: 'exact', 'float', 'complex' or
        None (not supported)."""
        if isinstance(other, (int, Fraction)):
            return "exact"
        if isinstance(other, float):
            return "float"
        if isinstance(other, complex):
            return "complex"
        return None

    def _convert(self, kind):
        return float(self) if kind == "float" else complex(float(self))

    def __add__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            return Fraction(
                a._numerator * b.denominator + b.numerator * a._denominator, a._denominator * b.denominator
            )
        if kind is None:
            return NotImplemented
        return a._convert(kind) + b

    def __radd__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return Fraction(a) + b
        if kind is None:
            return NotImplemented
        return a + b._convert(kind)

    def __sub__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            return Fraction(
                a._numerator * b.denominator - b.numerator * a._denominator, a._denominator * b.denominator
            )
        if kind is None:
            return NotImplemented
        return a._convert(kind) - b

    def __rsub__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return Fraction(a) - b
        if kind is None:
            return NotImplemented
        return a - b._convert(kind)

    def __mul__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            return Fraction(a._numerator * b.numerator, a._denominator * b.denominator)
        if kind is None:
            return NotImplemented
        return a._convert(kind) * b

    def __rmul__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return Fraction(a) * b
        if kind is None:
            return NotImplemented
        return a * b._convert(kind)

    def __truediv__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            return Fraction(a._numerator * b.denominator, a._denominator * b.numerator)
        if kind is None:
            return NotImplemented
        return a._convert(kind) / b

    def __rtruediv__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return Fraction(a) / b
        if kind is None:
            return NotImplemented
        return a / b._convert(kind)

    def __floordiv__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            return (a._numerator * b.denominator) // (a._denominator * b.numerator)
        if kind is None:
            return NotImplemented
        return a._convert(kind) // b

    def __rfloordiv__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return Fraction(a) // b
        if kind is None:
            return NotImplemented
        return a // b._convert(kind)

    def __mod__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            da, db = a._denominator, b.denominator
            return Fraction((a._numerator * db) % (b.numerator * da), da * db)
        if kind is None:
            return NotImplemented
        return a._convert(kind) % b

    def __rmod__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return Fraction(a) % b
        if kind is None:
            return NotImplemented
        return a % b._convert(kind)

    def __divmod__(a, b):
        kind = a._operands(b)
        if kind == "exact":
            da, db = a._denominator, b.denominator
            quotient, remainder = divmod(a._numerator * db, da * b.numerator)
            return quotient, Fraction(remainder, da * db)
        if kind is None:
            return NotImplemented
        return divmod(a._convert(kind), b)

    def __rdivmod__(b, a):
        kind = b._operands(a)
        if kind == "exact":
            return divmod(Fraction(a), b)
        if kind is None:
            return NotImplemented
        return divmod(a, b._convert(kind))

    def __pow__(a, b):
        """An exact Fraction for an integer exponent, else a float (or
        complex) power."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator**power, a._denominator**power, _normalize=False)
                if a._numerator > 0:
                    return Fraction(a._denominator**-power, a._numerator**-power, _normalize=False)
                if a._numerator == 0:
                    raise ZeroDivisionError("Fraction(%s, 0)" % (a._denominator**-power))
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a**b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a**b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even; round(self, n): a
        Fraction rounded to n decimal digits."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        # As CPython hashes rationals: numerator times the inverse of the
        # denominator modulo the hash prime, so that equal ints, floats and
        # Fractions hash alike.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(self, other, less, equal_ok):
        """self < other (less) or self > other, or with equality allowed."""
        if _is_rational(other):
            left = self._numerator * other.denominator
            right = self._denominator * other.numerator
        elif isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                left, right = 0.0, other
            else:
                left, right = self, self.from_float(other)
                return left._compare(right, less, equal_ok)
        else:
            return NotImplemented
        if equal_ok and left == right:
            return True
        return left < right if less else left > right

    def __lt__(a, b):
        return a._compare(b, True, False)

    def __gt__(a, b):
        return a._compare(b, False, False)

    def __le__(a, b):
        return a._compare(b, True, True)

    def __ge__(a, b):
        return a._compare(b, False, True)

    def __bool__(a):
        return a._numerator != 0

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)
