"""Decimal floating point arithmetic after the General Decimal Arithmetic
Specification: Decimal numbers, the Context that rounds them, and the
signals that report what an operation did."""

import math
import sys

__all__ = [
    "Decimal", "Context", "DecimalTuple",
    "DefaultContext", "BasicContext", "ExtendedContext",
    "DecimalException", "Clamped", "InvalidOperation", "DivisionByZero",
    "Inexact", "Rounded", "Subnormal", "Overflow", "Underflow",
    "FloatOperation", "DivisionImpossible", "InvalidContext",
    "ConversionSyntax", "DivisionUndefined",
    "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING",
    "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP",
    "setcontext", "getcontext", "localcontext",
    "MAX_PREC", "MAX_EMAX", "MIN_EMIN", "MIN_ETINY",
    "HAVE_THREADS", "HAVE_CONTEXTVAR",
]

__version__ = "1.70"
__libmpdec_version__ = "2.5.1"

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True

ROUND_DOWN = "ROUND_DOWN"
ROUND_HALF_UP = "ROUND_HALF_UP"
ROUND_HALF_EVEN = "ROUND_HALF_EVEN"
ROUND_CEILING = "ROUND_CEILING"
ROUND_FLOOR = "ROUND_FLOOR"
ROUND_UP = "ROUND_UP"
ROUND_HALF_DOWN = "ROUND_HALF_DOWN"
ROUND_05UP = "ROUND_05UP"

_ROUNDINGS = (ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,
              ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP)


# ----- signals ---------------------------------------------------------------

class DecimalException(ArithmeticError):
    """The base of every decimal signal."""


class Clamped(DecimalException):
    """An exponent was changed to fit the context's bounds."""


class InvalidOperation(DecimalException):
    """An operation had no sensible result; the result is NaN."""


class ConversionSyntax(InvalidOperation):
    """A string was not a number."""


class DivisionByZero(DecimalException, ZeroDivisionError):
    """A finite nonzero number was divided by zero."""


class DivisionImpossible(InvalidOperation):
    """An integer quotient did not fit the precision."""


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    """Zero was divided by zero."""


class Inexact(DecimalException):
    """Rounding dropped nonzero digits."""


class InvalidContext(InvalidOperation):
    """The context was not valid for the operation."""


class Rounded(DecimalException):
    """Rounding dropped digits (zero or not)."""


class Subnormal(DecimalException):
    """The result's adjusted exponent was below Emin before rounding."""


class Overflow(Inexact, Rounded):
    """The result's exponent was above Emax after rounding."""


class Underflow(Inexact, Rounded, Subnormal):
    """A subnormal result was inexact."""


class FloatOperation(DecimalException, TypeError):
    """A float was mixed with Decimals."""


# The order of a context's signal dicts, and of the list a trap raises.
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow,
            Underflow, Subnormal, Inexact, Rounded, Clamped)
# The order of a context's repr.
_REPR_ORDER = (Clamped, InvalidOperation, DivisionByZero, Inexact,
               FloatOperation, Overflow, Rounded, Subnormal, Underflow)
# Conditions that are reported through the InvalidOperation flag.
_INVALID_CONDITIONS = (InvalidOperation, ConversionSyntax, DivisionImpossible,
                       DivisionUndefined, InvalidContext)


def _flag_of(condition):
    if condition in _INVALID_CONDITIONS:
        return InvalidOperation
    return condition


# ----- helpers on coefficients ----------------------------------------------

def _digits(n):
    """Number of decimal digits of the nonnegative int n (1 for 0)."""
    if n < 10:
        return 1
    estimate = int(n.bit_length() * 0.30102999566398120)
    if n >= 10 ** estimate:
        estimate += 1
    return max(estimate, 1)


def _round_up_needed(sign, kept, dropped, unit, rounding):
    """Whether a coefficient `kept` whose dropped part is `dropped` out of
    `unit` (0 < dropped < unit) moves one away from zero."""
    if rounding == ROUND_DOWN:
        return False
    if rounding == ROUND_UP:
        return True
    if rounding == ROUND_CEILING:
        return sign == 0
    if rounding == ROUND_FLOOR:
        return sign == 1
    if rounding == ROUND_05UP:
        return kept % 5 == 0
    twice = 2 * dropped
    if twice != unit:
        return twice > unit
    if rounding == ROUND_HALF_UP:
        return True
    if rounding == ROUND_HALF_DOWN:
        return False
    return kept % 2 == 1


def _shorten(sign, coeff, drop, rounding):
    """coeff without its last `drop` digits, rounded: (coefficient, whether
    nonzero digits were dropped)."""
    if drop <= 0:
        return coeff * 10 ** (-drop), False
    if coeff == 0:
        return 0, False
    if drop > _digits(coeff) + 1:
        # everything goes, and it is less than a tenth of the last unit
        # kept: decided without the power of ten
        return (1 if _round_up_needed(sign, 0, 1, 100, rounding) else 0), True
    unit = 10 ** drop
    kept, dropped = divmod(coeff, unit)
    if dropped == 0:
        return kept, False
    if _round_up_needed(sign, kept, dropped, unit, rounding):
        kept += 1
    return kept, True


def _sticky(coeff, inexact):
    """A coefficient carrying one more digit than needed for rounding, with
    the loss of an inexact computation kept in its last digit."""
    if inexact and coeff % 5 == 0:
        return coeff + 1
    return coeff


# ----- the Decimal type ------------------------------------------------------

_FINITE = 0
_INF = 1
_QNAN = 2
_SNAN = 3


def _make(sign, coeff, exp, special=_FINITE, cls=None):
    result = object.__new__(Decimal if cls is None else cls)
    result._sign = sign
    result._coeff = coeff
    result._exp = exp
    result._special = special
    return result


def _parse_digits(text, i):
    """(digits, end) of the run of decimal digits starting at i."""
    n = len(text)
    j = i
    while j < n and text[j].isdecimal():
        j += 1
    return text[i:j], j


def _ascii_digits(digits):
    """digits (of any script) as ASCII digits."""
    if digits.isascii():
        return digits
    import unicodedata
    return "".join(str(unicodedata.decimal(ch)) for ch in digits)


def _parse(text):
    """(sign, coeff, exp, special) of a numeric string, or None. Like
    CPython's, underscores are dropped wherever they are."""
    text = text.strip().replace("_", "")
    n = len(text)
    i = 0
    sign = 0
    if i < n and text[i] in "+-":
        sign = 1 if text[i] == "-" else 0
        i += 1
    rest = text[i:].lower()
    if rest in ("inf", "infinity"):
        return sign, 0, 0, _INF
    for word, special in (("snan", _SNAN), ("nan", _QNAN)):
        if rest.startswith(word):
            payload = text[i + len(word):]
            if not payload:
                return sign, 0, 0, special
            digits, end = _parse_digits(payload, 0)
            if end != len(payload) or not digits:
                return None
            return sign, int(_ascii_digits(digits)), 0, special
    whole, i = _parse_digits(text, i)
    fraction = ""
    if i < n and text[i] == ".":
        fraction, i = _parse_digits(text, i + 1)
    if not whole and not fraction:
        return None
    exp = 0
    if i < n and text[i] in "eE":
        i += 1
        exp_sign = 1
        if i < n and text[i] in "+-":
            exp_sign = -1 if text[i] == "-" else 1
            i += 1
        exp_digits, i = _parse_digits(text, i)
        if not exp_digits:
            return None
        exp = exp_sign * int(_ascii_digits(exp_digits))
    if i != n:
        return None
    coeff = int(_ascii_digits(whole + fraction))
    return sign, coeff, exp - len(fraction), _FINITE


def _from_float(value, cls):
    if value != value:
        return _make(0, 0, 0, _QNAN, cls)
    sign = 1 if math.copysign(1.0, value) < 0 else 0
    if value in (float("inf"), float("-inf")):
        return _make(sign, 0, 0, _INF, cls)
    numerator, denominator = abs(value).as_integer_ratio()
    shift = denominator.bit_length() - 1
    return _make(sign, numerator * 5 ** shift, -shift, _FINITE, cls)


class Decimal:
    """An immutable decimal floating point number: a sign, an integer
    coefficient and a power-of-ten exponent, or an infinity or a NaN."""

    __slots__ = ("_sign", "_coeff", "_exp", "_special")

    def __new__(cls, value="0", context=None):
        if isinstance(value, Decimal):
            return _make(value._sign, value._coeff, value._exp, value._special, cls)
        if isinstance(value, int):
            return _make(1 if value < 0 else 0, abs(value), 0, _FINITE, cls)
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                ctx = _context_or_current(context)
                ctx._signal([ConversionSyntax])
                return _make(0, 0, 0, _QNAN, cls)
            return _make(*parsed, cls=cls)
        if isinstance(value, float):
            ctx = _context_or_current(context)
            ctx._signal([FloatOperation])
            return _from_float(value, cls)
        if isinstance(value, (tuple, list)):
            return _from_tuple(value, cls)
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of a float (or int) as a Decimal."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        result = _from_float(f, Decimal)
        return result if cls is Decimal else cls(result)

    # ----- properties and predicates -----

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def adjusted(self):
        """The exponent of the most significant digit."""
        if self._special:
            return 0
        return self._exp + _digits(self._coeff) - 1

    def as_tuple(self):
        digits = tuple(int(d) for d in str(self._coeff)) if (self._coeff or self._special == _FINITE) else ()
        if self._special == _INF:
            return DecimalTuple(self._sign, (0,), "F")
        if self._special == _QNAN:
            return DecimalTuple(self._sign, digits, "n")
        if self._special == _SNAN:
            return DecimalTuple(self._sign, digits, "N")
        return DecimalTuple(self._sign, digits, self._exp)

    def as_integer_ratio(self):
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._exp >= 0:
            numerator, denominator = self._coeff * 10 ** self._exp, 1
        else:
            numerator, denominator = self._coeff, 10 ** -self._exp
            common = math.gcd(numerator, denominator)
            numerator //= common
            denominator //= common
        return (-numerator if self._sign else numerator), denominator

    def is_nan(self):
        return self._special >= _QNAN

    def is_qnan(self):
        return self._special == _QNAN

    def is_snan(self):
        return self._special == _SNAN

    def is_infinite(self):
        return self._special == _INF

    def is_finite(self):
        return self._special == _FINITE

    def is_zero(self):
        return self._special == _FINITE and self._coeff == 0

    def is_signed(self):
        return self._sign == 1

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def radix(self):
        return Decimal(10)

    def is_normal(self, context=None):
        if self._special or self._coeff == 0:
            return False
        return self.adjusted() >= _context_or_current(context).Emin

    def is_subnormal(self, context=None):
        if self._special or self._coeff == 0:
            return False
        return self.adjusted() < _context_or_current(context).Emin

    def number_class(self, context=None):
        if self._special == _SNAN:
            return "sNaN"
        if self._special == _QNAN:
            return "NaN"
        sign = "-" if self._sign else "+"
        if self._special == _INF:
            return sign + "Infinity"
        if self._coeff == 0:
            return sign + "Zero"
        if self.is_subnormal(context):
            return sign + "Subnormal"
        return sign + "Normal"

    def same_quantum(self, other, context=None):
        other = _convert_strict(other)
        if self._special or other._special:
            return (self._special >= _QNAN and other._special >= _QNAN) or (
                self._special == _INF and other._special == _INF)
        return self._exp == other._exp

    # ----- text -----

    def __str__(self):
        return self._sci_string(_current_context().capitals)

    def to_eng_string(self, context=None):
        return self._sci_string(_context_or_current(context).capitals, engineering=True)

    def __repr__(self):
        return "Decimal('%s')" % self

    def _sci_string(self, capitals=1, engineering=False):
        sign = "-" if self._sign else ""
        if self._special == _INF:
            return sign + "Infinity"
        if self._special:
            name = "NaN" if self._special == _QNAN else "sNaN"
            return sign + name + (str(self._coeff) if self._coeff else "")
        digits = str(self._coeff)
        exp = self._exp
        adjusted = exp + len(digits) - 1
        if exp <= 0 and adjusted >= -6:
            point = len(digits) + exp
            if exp == 0:
                body = digits
            elif point > 0:
                body = digits[:point] + "." + digits[point:]
            else:
                body = "0." + "0" * -point + digits
            return sign + body
        shown = adjusted
        if engineering:
            if self._coeff == 0:
                # a zero keeps its value: the exponent moves up to a
                # multiple of three and zeros follow the point instead
                shown = adjusted + (-adjusted) % 3
                zeros = shown - adjusted
                body = "0." + "0" * zeros if zeros else "0"
                return sign + body + self._exponent_text(shown, capitals)
            lead = adjusted % 3 + 1
            shown = adjusted - lead + 1
            if len(digits) < lead:
                digits += "0" * (lead - len(digits))
        else:
            lead = 1
        body = digits[:lead]
        if len(digits) > lead:
            body += "." + digits[lead:]
        return sign + body + self._exponent_text(shown, capitals)

    @staticmethod
    def _exponent_text(exp, capitals):
        if exp == 0:
            return ""
        return ("E" if capitals else "e") + ("+" if exp > 0 else "-") + str(abs(exp))

    def __format__(self, spec, context=None):
        return _format(self, spec, _context_or_current(context))

    # ----- conversions -----

    def __bool__(self):
        return self._special != _FINITE or self._coeff != 0

    def __float__(self):
        if self._special == _SNAN:
            raise ValueError("cannot convert signaling NaN to float")
        if self._special == _QNAN:
            return float("-nan") if self._sign else float("nan")
        return float(self._sci_string())

    def _integer_check(self):
        if self._special == _INF:
            raise OverflowError("cannot convert Infinity to integer")
        if self._special:
            raise ValueError("cannot convert NaN to integer")

    def _to_int(self, rounding):
        self._integer_check()
        if self._exp >= 0:
            value = self._coeff * 10 ** self._exp
        else:
            value, _ = _shorten(self._sign, self._coeff, -self._exp, rounding)
        return -value if self._sign else value

    def __int__(self):
        return self._to_int(ROUND_DOWN)

    def __trunc__(self):
        return self._to_int(ROUND_DOWN)

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(ndigits, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_make(0, 1, -ndigits))

    def __complex__(self):
        return complex(float(self))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(self)

    def __deepcopy__(self, memo):
        return self.__copy__()

    # ----- comparisons and hashing -----

    def __hash__(self):
        if self._special == _SNAN:
            raise TypeError("Cannot hash a signaling NaN value")
        if self._special == _QNAN:
            return object.__hash__(self)
        if self._special == _INF:
            return -sys.hash_info.inf if self._sign else sys.hash_info.inf
        modulus = sys.hash_info.modulus
        if self._exp >= 0:
            scale = pow(10, self._exp, modulus)
        else:
            scale = pow(_TEN_INVERSE, -self._exp, modulus)
        result = self._coeff * scale % modulus
        if self._sign:
            result = -result
        return -2 if result == -1 else result

    def _compare_with(self, other, ordering):
        """(self <=> other as -1, 0 or 1, or None if unordered or a NaN is
        met) for a comparison operator; NotImplemented for foreign types."""
        ctx = _current_context()
        if isinstance(other, Decimal):
            pass
        elif isinstance(other, int):
            other = Decimal(other)
        elif isinstance(other, float):
            if ordering:
                ctx._signal([FloatOperation])
            else:
                ctx._flag_only(FloatOperation)
            other = _from_float(other, Decimal)
        elif isinstance(other, complex):
            if ordering or other.imag != 0:
                return NotImplemented
            if not ordering:
                ctx._flag_only(FloatOperation)
            other = _from_float(other.real, Decimal)
        elif _is_fraction(other):
            if self._special:
                if self._special == _SNAN:
                    ctx._signal([InvalidOperation])
                if self._special >= _QNAN:
                    if ordering:
                        ctx._signal([InvalidOperation])
                    return None
                return -1 if self._sign else 1
            num, den = self.as_integer_ratio()
            left = num * other.denominator
            right = other.numerator * den
            return (left > right) - (left < right)
        else:
            return NotImplemented
        if self._special >= _QNAN or other._special >= _QNAN:
            if ordering or self._special == _SNAN or other._special == _SNAN:
                ctx._signal([InvalidOperation])
            return None
        return _compare_values(self, other)

    def __eq__(self, other):
        result = self._compare_with(other, False)
        if result is NotImplemented:
            return result
        return result == 0

    def __ne__(self, other):
        result = self._compare_with(other, False)
        if result is NotImplemented:
            return result
        return result != 0

    def __lt__(self, other):
        result = self._compare_with(other, True)
        if result is NotImplemented or result is None:
            return result if result is NotImplemented else False
        return result < 0

    def __le__(self, other):
        result = self._compare_with(other, True)
        if result is NotImplemented or result is None:
            return result if result is NotImplemented else False
        return result <= 0

    def __gt__(self, other):
        result = self._compare_with(other, True)
        if result is NotImplemented or result is None:
            return result if result is NotImplemented else False
        return result > 0

    def __ge__(self, other):
        result = self._compare_with(other, True)
        if result is NotImplemented or result is None:
            return result if result is NotImplemented else False
        return result >= 0

    # ----- arithmetic operators -----

    def __add__(self, other):
        return _binary(_add, self, other, False)

    def __radd__(self, other):
        return _binary(_add, self, other, True)

    def __sub__(self, other):
        return _binary(_subtract, self, other, False)

    def __rsub__(self, other):
        return _binary(_subtract, self, other, True)

    def __mul__(self, other):
        return _binary(_multiply, self, other, False)

    def __rmul__(self, other):
        return _binary(_multiply, self, other, True)

    def __truediv__(self, other):
        return _binary(_divide, self, other, False)

    def __rtruediv__(self, other):
        return _binary(_divide, self, other, True)

    def __floordiv__(self, other):
        return _binary(_divide_integer, self, other, False)

    def __rfloordiv__(self, other):
        return _binary(_divide_integer, self, other, True)

    def __mod__(self, other):
        return _binary(_remainder, self, other, False)

    def __rmod__(self, other):
        return _binary(_remainder, self, other, True)

    def __divmod__(self, other):
        return _binary(_divmod, self, other, False)

    def __rdivmod__(self, other):
        return _binary(_divmod, self, other, True)

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            other = _convert_operand(other)
            modulo = _convert_operand(modulo)
            if other is NotImplemented or modulo is NotImplemented:
                return NotImplemented
            return _run(_power_modulo, _current_context(), self, other, modulo)
        return _binary(_power, self, other, False)

    def __rpow__(self, other):
        return _binary(_power, self, other, True)

    def __neg__(self):
        return _run(_minus, _current_context(), self)

    def __pos__(self):
        return _run(_plus, _current_context(), self)

    def __abs__(self):
        return _run(_absolute, _current_context(), self)

    # ----- methods -----

    def compare(self, other, context=None):
        return _method(_compare, context, self, other)

    def compare_signal(self, other, context=None):
        return _method(_compare_signal, context, self, other)

    def compare_total(self, other, context=None):
        return _compare_total(self, _convert_strict(other))

    def compare_total_mag(self, other, context=None):
        return _compare_total(self.copy_abs(), _convert_strict(other).copy_abs())

    def copy_abs(self):
        return _make(0, self._coeff, self._exp, self._special)

    def copy_negate(self):
        return _make(1 - self._sign, self._coeff, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _convert_strict(other)
        return _make(other._sign, self._coeff, self._exp, self._special)

    def exp(self, context=None):
        return _method(_exp, context, self)

    def ln(self, context=None):
        return _method(_ln, context, self)

    def log10(self, context=None):
        return _method(_log10, context, self)

    def logb(self, context=None):
        return _method(_logb, context, self)

    def sqrt(self, context=None):
        return _method(_sqrt, context, self)

    def fma(self, other, third, context=None):
        return _method(_fma, context, self, other, third)

    def max(self, other, context=None):
        return _method(_max, context, self, other)

    def min(self, other, context=None):
        return _method(_min, context, self, other)

    def max_mag(self, other, context=None):
        return _method(_max_mag, context, self, other)

    def min_mag(self, other, context=None):
        return _method(_min_mag, context, self, other)

    def next_minus(self, context=None):
        return _method(_next_minus, context, self)

    def next_plus(self, context=None):
        return _method(_next_plus, context, self)

    def next_toward(self, other, context=None):
        return _method(_next_toward, context, self, other)

    def normalize(self, context=None):
        return _method(_normalize, context, self)

    def quantize(self, exp, rounding=None, context=None):
        ctx = _context_or_current(context)
        if rounding is not None:
            _check_rounding(rounding)
            ctx = ctx.copy()
            ctx.rounding = rounding
            result = _run(_quantize, ctx, self, _convert_strict(exp))
            _context_or_current(context)._merge_flags(ctx)
            return result
        return _run(_quantize, ctx, self, _convert_strict(exp))

    def remainder_near(self, other, context=None):
        return _method(_remainder_near, context, self, other)

    def scaleb(self, other, context=None):
        return _method(_scaleb, context, self, other)

    def to_integral_value(self, rounding=None, context=None):
        ctx = _context_or_current(context)
        return _run(_to_integral, ctx, self, rounding or ctx.rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _context_or_current(context)
        return _run(_to_integral, ctx, self, rounding or ctx.rounding, True)


_TEN_INVERSE = pow(10, sys.hash_info.modulus - 2, sys.hash_info.modulus)


def _from_tuple(value, cls):
    if len(value) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = value
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if exp == "F":
        return _make(sign, 0, 0, _INF, cls)
    if isinstance(exp, str) and exp in ("n", "N"):
        special = _QNAN if exp == "n" else _SNAN
    elif isinstance(exp, int):
        special = _FINITE
    elif isinstance(exp, str):
        raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
    else:
        raise ValueError("exponent must be an integer")
    coeff = 0
    for digit in digits:
        if not isinstance(digit, int) or not 0 <= digit <= 9:
            raise ValueError("coefficient must be a tuple of digits")
        coeff = coeff * 10 + digit
    return _make(sign, coeff, exp if special == _FINITE else 0, special, cls)


def _is_fraction(value):
    return hasattr(value, "numerator") and hasattr(value, "denominator") and type(value).__name__ == "Fraction"


def _compare_values(a, b):
    """a <=> b for two non-NaN Decimals: -1, 0 or 1."""
    if a._special or b._special:
        a_rank = (0 if a._special == _FINITE else 1)
        b_rank = (0 if b._special == _FINITE else 1)
        a_key = -a_rank if a._sign else a_rank
        b_key = -b_rank if b._sign else b_rank
        if a_rank == b_rank == 1:
            return (a_key > b_key) - (a_key < b_key)
        if a_rank == 1 or b_rank == 1:
            return (a_key > b_key) - (a_key < b_key)
    if a._coeff == 0 and b._coeff == 0:
        return 0
    if a._coeff == 0:
        return 1 if b._sign else -1
    if b._coeff == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    magnitude = _compare_magnitude(a, b)
    return -magnitude if a._sign else magnitude


def _compare_magnitude(a, b):
    """|a| <=> |b| for finite nonzero Decimals."""
    a_adj = a.adjusted()
    b_adj = b.adjusted()
    if a_adj != b_adj:
        return 1 if a_adj > b_adj else -1
    a_coeff, b_coeff = a._coeff, b._coeff
    if a._exp > b._exp:
        a_coeff *= 10 ** (a._exp - b._exp)
    else:
        b_coeff *= 10 ** (b._exp - a._exp)
    return (a_coeff > b_coeff) - (a_coeff < b_coeff)


# ----- operand conversion and running operations ---------------------------

def _convert_operand(value):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _make(1 if value < 0 else 0, abs(value), 0)
    return NotImplemented


def _convert_strict(value):
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return _make(1 if value < 0 else 0, abs(value), 0)
    raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)


def _run(operation, ctx, *operands):
    status = []
    result = operation(ctx, status, *operands)
    if status:
        ctx._signal(status)
    return result


def _binary(operation, self, other, reflected):
    other = _convert_operand(other)
    if other is NotImplemented:
        return other
    if reflected:
        return _run(operation, _current_context(), other, self)
    return _run(operation, _current_context(), self, other)


def _method(operation, context, *operands):
    ctx = _context_or_current(context)
    return _run(operation, ctx, operands[0], *[_convert_strict(x) for x in operands[1:]])


# ----- rounding to a context -------------------------------------------------

def _nan_result(ctx, value):
    """A quiet NaN with value's sign and payload, the payload cut to what the
    context can hold."""
    payload = value._coeff
    room = ctx.prec - ctx.clamp
    if payload and _digits(payload) > room:
        payload %= 10 ** room
    return _make(value._sign, payload, 0, _QNAN)


def _invalid(ctx, status, condition=InvalidOperation):
    status.append(condition)
    return _make(0, 0, 0, _QNAN)


def _check_nans(ctx, status, *operands):
    """The result of an operation on NaN operands, or None if none is a NaN:
    the first signaling NaN (made quiet, signaling InvalidOperation), else
    the first quiet NaN."""
    for value in operands:
        if value._special == _SNAN:
            status.append(InvalidOperation)
            return _nan_result(ctx, value)
    for value in operands:
        if value._special == _QNAN:
            return _nan_result(ctx, value)
    return None


def _overflow_result(ctx, sign, rounding):
    to_infinity = rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or (
        rounding == ROUND_CEILING and sign == 0) or (rounding == ROUND_FLOOR and sign == 1)
    if to_infinity:
        return _make(sign, 0, 0, _INF)
    return _make(sign, 10 ** ctx.prec - 1, ctx.Emax - ctx.prec + 1)


def _finish(ctx, status, sign, coeff, exp, rounding=None):
    """The finite number sign, coeff, exp rounded to the context: precision,
    exponent range, subnormals and clamping, with their signals."""
    if rounding is None:
        rounding = ctx.rounding
    prec = ctx.prec
    etiny = ctx.Emin - prec + 1
    etop = ctx.Emax - prec + 1
    emax_exp = etop if ctx.clamp else ctx.Emax
    if coeff == 0:
        if exp < etiny:
            status.append(Clamped)
            exp = etiny
        elif exp > emax_exp:
            status.append(Clamped)
            exp = emax_exp
        return _make(sign, 0, exp)
    ndigits = _digits(coeff)
    adjusted = exp + ndigits - 1
    if adjusted > ctx.Emax:
        status.extend((Overflow, Inexact, Rounded))
        return _overflow_result(ctx, sign, rounding)
    subnormal = adjusted < ctx.Emin
    lowest = max(etiny, exp + ndigits - prec)
    inexact = False
    rounded = False
    if exp < lowest:
        coeff, inexact = _shorten(sign, coeff, lowest - exp, rounding)
        exp = lowest
        rounded = True
        if _digits(coeff) > prec:
            coeff //= 10
            exp += 1
        if exp + _digits(coeff) - 1 > ctx.Emax:
            status.extend((Overflow, Inexact, Rounded))
            return _overflow_result(ctx, sign, rounding)
    if subnormal:
        if inexact:
            status.append(Underflow)
        status.append(Subnormal)
        if coeff == 0 and inexact:
            status.append(Clamped)
    if inexact:
        status.append(Inexact)
    if rounded:
        status.append(Rounded)
    if ctx.clamp and exp > etop:
        coeff *= 10 ** (exp - etop)
        exp = etop
        status.append(Clamped)
    return _make(sign, coeff, exp)


def _finish_value(ctx, status, value):
    if value._special >= _QNAN:
        return _nan_result(ctx, value)
    if value._special == _INF:
        return value
    return _finish(ctx, status, value._sign, value._coeff, value._exp)


# ----- operations: each takes (ctx, status, operands...) --------------------

def _plus(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _FINITE and a._coeff == 0 and ctx.rounding != ROUND_FLOOR:
        return _finish(ctx, status, 0, 0, a._exp)
    return _finish_value(ctx, status, a)


def _minus(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _FINITE and a._coeff == 0 and ctx.rounding != ROUND_FLOOR:
        return _finish(ctx, status, 0, 0, a._exp)
    return _finish_value(ctx, status, a.copy_negate())


def _absolute(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    return _finish_value(ctx, status, a.copy_abs())


def _add(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    if a._special == _INF:
        if b._special == _INF and a._sign != b._sign:
            return _invalid(ctx, status)
        return a
    if b._special == _INF:
        return b
    exp = min(a._exp, b._exp)
    if a._coeff == 0 or b._coeff == 0:
        if a._coeff == 0 and b._coeff == 0:
            if a._sign == b._sign:
                sign = a._sign
            else:
                sign = 1 if ctx.rounding == ROUND_FLOOR else 0
            return _finish(ctx, status, sign, 0, exp)
        value = b if a._coeff == 0 else a
        zero = a if a._coeff == 0 else b
        # the zero only lowers the exponent, and never below what the
        # precision leaves of the other operand
        exp = max(zero._exp, value._exp + _digits(value._coeff) - ctx.prec - 1)
        if exp < value._exp:
            return _finish(ctx, status, value._sign, value._coeff * 10 ** (value._exp - exp), exp)
        return _finish(ctx, status, value._sign, value._coeff, value._exp)
    a_adj = a.adjusted()
    b_adj = b.adjusted()
    floor = max(a_adj, b_adj) - ctx.prec - 2
    if a_adj < floor:
        a = _make(a._sign, 1, min(floor, b._exp) - 1)
    elif b_adj < floor:
        b = _make(b._sign, 1, min(floor, a._exp) - 1)
    exp = min(a._exp, b._exp)
    a_value = a._coeff * 10 ** (a._exp - exp)
    b_value = b._coeff * 10 ** (b._exp - exp)
    total = (-a_value if a._sign else a_value) + (-b_value if b._sign else b_value)
    if total == 0:
        sign = 1 if ctx.rounding == ROUND_FLOOR else 0
        return _finish(ctx, status, sign, 0, exp)
    return _finish(ctx, status, 1 if total < 0 else 0, abs(total), exp)


def _subtract(ctx, status, a, b):
    if b._special < _QNAN:
        b = b.copy_negate()
    return _add(ctx, status, a, b)


def _multiply(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == _INF or b._special == _INF:
        if (a._special == _FINITE and a._coeff == 0) or (b._special == _FINITE and b._coeff == 0):
            return _invalid(ctx, status)
        return _make(sign, 0, 0, _INF)
    return _finish(ctx, status, sign, a._coeff * b._coeff, a._exp + b._exp)


def _exact_quotient(ctx, status, sign, num, num_exp, den, den_exp, ideal):
    """num*10**num_exp / den*10**den_exp (both coefficients nonzero)
    rounded to the context, with the exponent nearest to ideal if exact."""
    shift = _digits(den) - _digits(num) + ctx.prec + 1
    if shift >= 0:
        quotient, remainder = divmod(num * 10 ** shift, den)
    else:
        quotient, remainder = divmod(num, den * 10 ** -shift)
    exp = num_exp - den_exp - shift
    if remainder == 0:
        while exp < ideal and quotient % 10 == 0:
            quotient //= 10
            exp += 1
    else:
        quotient = _sticky(quotient, True)
    return _finish(ctx, status, sign, quotient, exp)


def _divide(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if b._special == _INF:
            return _invalid(ctx, status)
        return _make(sign, 0, 0, _INF)
    if b._special == _INF:
        status.append(Clamped)
        return _make(sign, 0, ctx.Emin - ctx.prec + 1)
    if b._coeff == 0:
        if a._coeff == 0:
            return _invalid(ctx, status, DivisionUndefined)
        status.append(DivisionByZero)
        return _make(sign, 0, 0, _INF)
    ideal = a._exp - b._exp
    if a._coeff == 0:
        return _finish(ctx, status, sign, 0, ideal)
    return _exact_quotient(ctx, status, sign, a._coeff, a._exp, b._coeff, b._exp, ideal)


def _integer_division(ctx, status, a, b):
    """(quotient, remainder) of finite a by finite nonzero b as (sign,
    coefficient, exponent) triples, the quotient truncated to an integer;
    None if the quotient needs more than the precision (DivisionImpossible
    is signaled)."""
    exp = min(a._exp, b._exp)
    a_value = a._coeff * 10 ** (a._exp - exp)
    b_value = b._coeff * 10 ** (b._exp - exp)
    quotient, remainder = divmod(a_value, b_value)
    if quotient and _digits(quotient) > ctx.prec:
        return None
    return (a._sign ^ b._sign, quotient, 0), (a._sign, remainder, exp)


def _division_specials(ctx, status, a, b, want):
    """The results of //, % or divmod (`want` 'q', 'r' or 'qr') when an
    operand is special or b is zero; None otherwise."""
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return (nan, nan) if want == "qr" else nan
    sign = a._sign ^ b._sign
    if a._special == _INF:
        if b._special == _INF:
            nan = _invalid(ctx, status)
            return (nan, nan) if want == "qr" else nan
        infinity = _make(sign, 0, 0, _INF)
        if want == "q":
            return infinity
        nan = _invalid(ctx, status)
        return (infinity, nan) if want == "qr" else nan
    if b._special == _INF:
        quotient = _make(sign, 0, 0)
        if want == "q":
            return quotient
        remainder = _finish_value(ctx, status, a)
        return remainder if want == "r" else (quotient, remainder)
    if b._coeff == 0:
        if a._coeff == 0:
            nan = _invalid(ctx, status, DivisionUndefined)
            return (nan, nan) if want == "qr" else nan
        if want == "r":
            return _invalid(ctx, status)
        status.append(DivisionByZero)
        infinity = _make(sign, 0, 0, _INF)
        if want == "q":
            return infinity
        return infinity, _invalid(ctx, status)
    return None


def _divide_integer(ctx, status, a, b):
    special = _division_specials(ctx, status, a, b, "q")
    if special is not None:
        return special
    parts = _integer_division(ctx, status, a, b)
    if parts is None:
        return _invalid(ctx, status, DivisionImpossible)
    return _finish(ctx, status, *parts[0])


def _remainder(ctx, status, a, b):
    special = _division_specials(ctx, status, a, b, "r")
    if special is not None:
        return special
    parts = _integer_division(ctx, status, a, b)
    if parts is None:
        return _invalid(ctx, status, DivisionImpossible)
    return _finish(ctx, status, *parts[1])


def _divmod(ctx, status, a, b):
    special = _division_specials(ctx, status, a, b, "qr")
    if special is not None:
        return special
    parts = _integer_division(ctx, status, a, b)
    if parts is None:
        nan = _invalid(ctx, status, DivisionImpossible)
        return nan, nan
    return _finish(ctx, status, *parts[0]), _finish(ctx, status, *parts[1])


def _remainder_near(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    if a._special == _INF or (b._special == _FINITE and b._coeff == 0):
        if a._special == _FINITE and a._coeff == 0:
            return _invalid(ctx, status, DivisionUndefined)
        return _invalid(ctx, status)
    if b._special == _INF:
        return _finish_value(ctx, status, a)
    exp = min(a._exp, b._exp)
    a_value = a._coeff * 10 ** (a._exp - exp)
    b_value = b._coeff * 10 ** (b._exp - exp)
    quotient, remainder = divmod(a_value, b_value)
    if 2 * remainder > b_value or (2 * remainder == b_value and quotient % 2 == 1):
        remainder -= b_value
        quotient += 1
    if quotient and _digits(quotient) > ctx.prec:
        return _invalid(ctx, status, DivisionImpossible)
    sign = a._sign
    if remainder < 0:
        sign = 1 - sign
        remainder = -remainder
    return _finish(ctx, status, sign, remainder, exp)


def _fma(ctx, status, a, b, c):
    nan = _check_nans(ctx, status, a, b, c)
    if nan is not None:
        return nan
    sign = a._sign ^ b._sign
    if a._special == _INF or b._special == _INF:
        if (a._special == _FINITE and a._coeff == 0) or (b._special == _FINITE and b._coeff == 0):
            return _invalid(ctx, status)
        product = _make(sign, 0, 0, _INF)
    else:
        product = _make(sign, a._coeff * b._coeff, a._exp + b._exp)
    wide = ctx.copy()
    wide.prec = MAX_PREC
    wide.Emax = MAX_EMAX
    wide.Emin = MIN_EMIN
    wide.rounding = ctx.rounding
    if product._special == _FINITE and c._special == _FINITE and product._coeff and c._coeff:
        exp = min(product._exp, c._exp)
        p = product._coeff * 10 ** (product._exp - exp)
        q = c._coeff * 10 ** (c._exp - exp)
        total = (-p if product._sign else p) + (-q if c._sign else q)
        if total == 0:
            return _finish(ctx, status, 1 if ctx.rounding == ROUND_FLOOR else 0, 0, exp)
        return _finish(ctx, status, 1 if total < 0 else 0, abs(total), exp)
    inner = []
    total = _add(wide, inner, product, c)
    if InvalidOperation in inner:
        status.append(InvalidOperation)
        return total
    return _finish_value(ctx, status, total)


def _compare(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    order = _compare_values(a, b)
    return _make(1 if order < 0 else 0, abs(order), 0)


def _compare_signal(ctx, status, a, b):
    if a._special >= _QNAN or b._special >= _QNAN:
        status.append(InvalidOperation)
        return _check_nans(ctx, [], a, b)
    return _compare(ctx, status, a, b)


def _compare_total(a, b):
    if a._sign != b._sign:
        return _make(1, 1, 0) if a._sign else _make(0, 1, 0)
    rank = {_FINITE: 0, _INF: 1, _SNAN: 2, _QNAN: 3}
    if a._special != b._special or a._special != _FINITE:
        ra, rb = rank[a._special], rank[b._special]
        if ra == rb:
            if a._special == _INF:
                result = 0
            else:
                result = (a._coeff > b._coeff) - (a._coeff < b._coeff)
        else:
            result = (ra > rb) - (ra < rb)
    else:
        result = _compare_values(a.copy_abs(), b.copy_abs())
        if result == 0:
            result = (a._exp > b._exp) - (a._exp < b._exp)
    if a._sign:
        result = -result
    return _make(1, 1, 0) if result < 0 else _make(0, result, 0)


def _pick(ctx, status, a, b, want_max, by_magnitude):
    if a._special >= _QNAN or b._special >= _QNAN:
        if a._special == _SNAN or b._special == _SNAN:
            return _check_nans(ctx, status, a, b)
        if a._special >= _QNAN and b._special >= _QNAN:
            return _nan_result(ctx, a)
        return _finish_value(ctx, status, b if a._special >= _QNAN else a)
    if by_magnitude:
        order = _compare_values(a.copy_abs(), b.copy_abs())
        if order == 0:
            order = _compare_values(a, b)
    else:
        order = _compare_values(a, b)
    if order == 0:
        # equal values: the total order (sign, then exponent) decides
        total = _compare_total(a, b)
        order = -1 if total._sign else total._coeff
    chosen = a if (order >= 0) == want_max else b
    return _finish_value(ctx, status, chosen)


def _max(ctx, status, a, b):
    return _pick(ctx, status, a, b, True, False)


def _min(ctx, status, a, b):
    return _pick(ctx, status, a, b, False, False)


def _max_mag(ctx, status, a, b):
    return _pick(ctx, status, a, b, True, True)


def _min_mag(ctx, status, a, b):
    return _pick(ctx, status, a, b, False, True)


def _normalize(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        return a
    result = _finish_value(ctx, status, a)
    if result._special:
        return result
    if result._coeff == 0:
        return _make(result._sign, 0, 0)
    coeff, exp = result._coeff, result._exp
    top = ctx.Etop() if ctx.clamp else ctx.Emax
    while coeff % 10 == 0 and exp < top:
        coeff //= 10
        exp += 1
    return _make(result._sign, coeff, exp)


def _quantize(ctx, status, a, target):
    nan = _check_nans(ctx, status, a, target)
    if nan is not None:
        return nan
    if a._special == _INF or target._special == _INF:
        if a._special == _INF and target._special == _INF:
            return a
        return _invalid(ctx, status)
    exp = target._exp
    if exp > ctx.Emax or exp < ctx.Etiny():
        return _invalid(ctx, status)
    if a._exp >= exp:
        coeff = a._coeff * 10 ** (a._exp - exp)
        inexact = rounded = False
    else:
        coeff, inexact = _shorten(a._sign, a._coeff, exp - a._exp, ctx.rounding)
        rounded = a._coeff != 0
    if _digits(coeff) > ctx.prec or (coeff and exp + _digits(coeff) - 1 > ctx.Emax):
        return _invalid(ctx, status)
    if coeff and exp + _digits(coeff) - 1 < ctx.Emin:
        if inexact:
            status.append(Underflow)
        status.append(Subnormal)
    if inexact:
        status.append(Inexact)
    if rounded:
        status.append(Rounded)
    if ctx.clamp and exp > ctx.Etop():
        if coeff:
            coeff *= 10 ** (exp - ctx.Etop())
        exp = ctx.Etop()
        status.append(Clamped)
    return _make(a._sign, coeff, exp)


def _to_integral(ctx, status, a, rounding, exact):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF or a._exp >= 0:
        return a
    if a._coeff == 0:
        return _make(a._sign, 0, 0)
    coeff, inexact = _shorten(a._sign, a._coeff, -a._exp, rounding)
    if exact:
        if inexact:
            status.append(Inexact)
        status.append(Rounded)
    return _make(a._sign, coeff, 0)


def _scaleb(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    if b._special or b._exp != 0:
        return _invalid(ctx, status)
    shift = -b._coeff if b._sign else b._coeff
    limit = 2 * (ctx.Emax + ctx.prec)
    if abs(shift) > limit:
        return _invalid(ctx, status)
    if a._special == _INF:
        return a
    return _finish(ctx, status, a._sign, a._coeff, a._exp + shift)


def _logb(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        return _make(0, 0, 0, _INF)
    if a._coeff == 0:
        status.append(DivisionByZero)
        return _make(1, 0, 0, _INF)
    adjusted = a.adjusted()
    return _finish(ctx, status, 1 if adjusted < 0 else 0, abs(adjusted), 0)


def _next_plus(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        if a._sign:
            return _make(1, 10 ** ctx.prec - 1, ctx.Etop())
        return a
    wide = ctx.copy()
    wide.rounding = ROUND_CEILING
    wide.traps = _SignalDict.fromkeys(_SIGNALS, False)
    result = _finish_value(wide, [], a)
    if _compare_values(result, a) != 0:
        return result
    tiny = _make(0, 1, ctx.Etiny() - 1)
    return _add(wide, [], a, tiny)


def _next_minus(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        if not a._sign:
            return _make(0, 10 ** ctx.prec - 1, ctx.Etop())
        return a
    wide = ctx.copy()
    wide.rounding = ROUND_FLOOR
    wide.traps = _SignalDict.fromkeys(_SIGNALS, False)
    result = _finish_value(wide, [], a)
    if _compare_values(result, a) != 0:
        return result
    tiny = _make(1, 1, ctx.Etiny() - 1)
    return _add(wide, [], a, tiny)


def _next_toward(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    order = _compare_values(a, b)
    if order == 0:
        return _make(b._sign, a._coeff, a._exp, a._special)
    result = _next_minus(ctx, status, a) if order > 0 else _next_plus(ctx, status, a)
    if result._special == _INF:
        status.extend((Overflow, Inexact, Rounded))
    elif result._coeff == 0 or result.adjusted() < ctx.Emin:
        status.extend((Underflow, Subnormal, Inexact, Rounded))
        if result._coeff == 0:
            status.append(Clamped)
    return result


# ----- square root, exponential, logarithms, powers -------------------------

def _sqrt(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        if a._sign:
            return _invalid(ctx, status)
        return a
    ideal = a._exp // 2
    if a._coeff == 0:
        return _finish(ctx, status, a._sign, 0, ideal)
    if a._sign:
        return _invalid(ctx, status)
    coeff, exp = a._coeff, a._exp
    if exp % 2:
        coeff *= 10
        exp -= 1
    # enough digits that the root has prec + 1 of them
    shift = max(0, ctx.prec + 1 - (_digits(coeff) + 1) // 2)
    coeff *= 10 ** (2 * shift)
    exp -= 2 * shift
    root = math.isqrt(coeff)
    exp //= 2
    if root * root == coeff:
        while exp < ideal and root % 10 == 0:
            root //= 10
            exp += 1
    else:
        root = _sticky(root, True)
    return _finish(ctx, status, 0, root, exp, ROUND_HALF_EVEN)


def _div_toward_zero(a, b):
    """a / b truncated toward zero, for b > 0: series of alternating or
    negative terms then end at zero instead of at -1."""
    return -(-a // b) if a < 0 else a // b


def _atanh_inverse(m, scale):
    """atanh(1/m) * 10**scale, to within a few units."""
    one = 10 ** scale
    term = one // m
    total = term
    m2 = m * m
    k = 1
    while term:
        term //= m2
        k += 2
        total += term // k
    return total


_LN10_CACHE = [0, 0]


def _ln10_fixed(scale):
    """ln(10) * 10**scale, within a few units."""
    if _LN10_CACHE[0] >= scale:
        return _LN10_CACHE[1] // 10 ** (_LN10_CACHE[0] - scale)
    work = scale + 10
    # ln 10 = 3 ln 2 + ln(5/4); ln 2 = 2 atanh(1/3), ln(5/4) = 2 atanh(1/9)
    value = 6 * _atanh_inverse(3, work) + 2 * _atanh_inverse(9, work)
    _LN10_CACHE[0] = work
    _LN10_CACHE[1] = value
    return value // 10 ** 10


def _ln2_fixed(scale):
    return 2 * _atanh_inverse(3, scale)


def _exp_fixed(x, scale):
    """e**(x / 10**scale) * 10**scale for |x| up to a few times 10**scale,
    within a few units times 10**(-scale + small)."""
    one = 10 ** scale
    halvings = 0
    # make the argument small so that the series is short
    while abs(x) > one // 1024:
        x //= 2
        halvings += 1
    work = scale + halvings // 3 + 5
    x = x * 10 ** (work - scale)
    one = 10 ** work
    term = one
    total = one
    k = 1
    while term:
        term = _div_toward_zero(term * x, one * k)
        total += term
        k += 1
    for _ in range(halvings):
        total = total * total // one
    return total // 10 ** (work - scale)


def _ln_fixed(coeff, exp, scale):
    """ln(coeff * 10**exp) * 10**scale, within a few units; coeff > 0."""
    ndigits = _digits(coeff)
    power10 = exp + ndigits - 1
    work = scale + 10
    # mantissa m in [1, 10) as a fixed-point number
    m = coeff * 10 ** work // 10 ** (ndigits - 1)
    one = 10 ** work
    # m = 2**k * r with r in [0.75, 1.5)
    k = 0
    while m >= one * 3 // 2:
        m = (m + 1) // 2
        k += 1
    # ln r = 2 atanh((r - 1) / (r + 1))
    z = _div_toward_zero((m - one) * one, m + one)
    z2 = z * z // one
    term = z
    total = z
    j = 1
    while term:
        term = _div_toward_zero(term * z2, one)
        j += 2
        total += _div_toward_zero(term, j)
    result = 2 * total + k * _ln2_fixed(work) + power10 * _ln10_fixed(work)
    return result // 10 ** 10


def _round_approximation(ctx, status, sign, approx, exp, error, rounding=ROUND_HALF_EVEN):
    """The value approx * 10**exp, known to within error units of its last
    digit and known not to be exact, rounded to the context; None when the
    error leaves the rounding undecided."""
    if approx - error <= 0:
        return None
    low = _sticky((approx - error) * 10, True)
    high = _sticky((approx + error) * 10 - 2, True)
    probe = ctx.copy()
    probe.rounding = rounding
    low_result = _finish(probe, [], sign, low, exp - 1, rounding)
    high_result = _finish(probe, [], sign, high, exp - 1, rounding)
    if (low_result._special, low_result._coeff, low_result._exp) != (
            high_result._special, high_result._coeff, high_result._exp):
        return None
    return _finish(ctx, status, sign, low, exp - 1, rounding)


def _exp(ctx, status, a):
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        return _make(0, 0, 0) if a._sign else a
    if a._coeff == 0:
        return _make(0, 1, 0)
    adjusted = a.adjusted()
    # beyond these bounds the result certainly overflows or underflows
    if not a._sign and adjusted >= 0 and adjusted > _digits(ctx.Emax + 1) + 1:
        return _finish(ctx, status, 0, 1, ctx.Emax + 1, ROUND_HALF_EVEN)
    if a._sign and adjusted >= 0 and adjusted > _digits(-ctx.Etiny() + ctx.prec) + 1:
        return _finish(ctx, status, 0, 1, ctx.Etiny() - 2, ROUND_HALF_EVEN)
    if adjusted < -ctx.prec - 2:
        # e**x is 1 + x + ..., with x below the last digit
        if a._sign:
            return _finish(ctx, status, 0, _sticky(10 ** (ctx.prec + 2) - 1, True), -ctx.prec - 2, ROUND_HALF_EVEN)
        return _finish(ctx, status, 0, _sticky(10 ** (ctx.prec + 2) + 1, True), -ctx.prec - 2, ROUND_HALF_EVEN)
    extra = 6
    while True:
        scale = ctx.prec + extra + max(adjusted, 0)
        x = a._coeff * 10 ** (scale + a._exp) if scale + a._exp >= 0 else a._coeff // 10 ** (-scale - a._exp)
        if a._sign:
            x = -x
        ln10 = _ln10_fixed(scale)
        # x = n ln 10 + r, |r| <= ln 10 / 2
        n = (2 * x + ln10) // (2 * ln10)
        r = x - n * ln10
        inner = ctx.prec + extra
        approx = _exp_fixed(r // 10 ** (scale - inner) if scale >= inner else r, inner)
        result = _round_approximation(ctx, status, 0, approx, n - inner, 10 ** (extra - 3) + 20)
        if result is not None:
            return result
        extra += extra


def _log_special(ctx, status, a):
    """The result of a logarithm of a NaN, an infinity, zero or a negative
    number; None for a positive finite operand."""
    nan = _check_nans(ctx, status, a)
    if nan is not None:
        return nan
    if a._special == _INF:
        if a._sign:
            return _invalid(ctx, status)
        return a
    if a._coeff == 0:
        return _make(1, 0, 0, _INF)
    if a._sign:
        return _invalid(ctx, status)
    return None


def _ln(ctx, status, a):
    special = _log_special(ctx, status, a)
    if special is not None:
        return special
    if a._coeff == 10 ** -a._exp if a._exp <= 0 else False:
        return _make(0, 0, 0)
    extra = 6
    while True:
        # the result's size: up to about log10(|adjusted| * 2.3) digits
        magnitude = _digits(abs(a.adjusted()) + 1) + 1
        scale = ctx.prec + extra
        approx = _ln_fixed(a._coeff, a._exp, scale)
        sign = 1 if approx < 0 else 0
        approx = abs(approx)
        # a result near zero needs more fractional digits
        if approx < 10 ** (scale - ctx.prec // 2) and extra < ctx.prec * 4 + 40:
            extra = extra + ctx.prec + 10
            continue
        result = _round_approximation(ctx, status, sign, approx, -scale, 10 ** 3 + magnitude * 10)
        if result is not None:
            return result
        extra += extra


def _log10(ctx, status, a):
    special = _log_special(ctx, status, a)
    if special is not None:
        return special
    coeff, exp = a._coeff, a._exp
    while coeff % 10 == 0:
        coeff //= 10
        exp += 1
    if coeff == 1:
        return _finish(ctx, status, 1 if exp < 0 else 0, abs(exp), 0)
    extra = 6
    while True:
        scale = ctx.prec + extra
        ln_value = _ln_fixed(a._coeff, a._exp, scale + 5)
        approx = ln_value * 10 ** (scale + 5) // _ln10_fixed(scale + 5) // 10 ** 5
        sign = 1 if approx < 0 else 0
        approx = abs(approx)
        if approx < 10 ** (scale - ctx.prec // 2) and extra < ctx.prec * 4 + 40:
            extra = extra + ctx.prec + 10
            continue
        result = _round_approximation(ctx, status, sign, approx, -scale, 10 ** 3)
        if result is not None:
            return result
        extra += extra


def _is_integer(value):
    """Whether the finite value is an integer; its value if so."""
    if value._exp >= 0:
        return True
    return value._coeff % 10 ** -value._exp == 0


def _integer_value(value):
    if value._exp >= 0:
        n = value._coeff * 10 ** value._exp
    else:
        n = value._coeff // 10 ** -value._exp
    return -n if value._sign else n


def _power(ctx, status, a, b):
    nan = _check_nans(ctx, status, a, b)
    if nan is not None:
        return nan
    b_integer = b._special == _FINITE and _is_integer(b)
    b_odd = False
    if b_integer and b._coeff:
        if b._exp > 0:
            b_odd = False
        else:
            b_odd = (b._coeff // 10 ** -b._exp) % 2 == 1
    if b._special == _FINITE and b._coeff == 0:
        if a._special == _FINITE and a._coeff == 0:
            return _invalid(ctx, status)
        return _make(0, 1, 0)
    result_sign = a._sign if b_odd else 0
    if a._sign and not b_integer and not (a._special == _FINITE and a._coeff == 0):
        if b._special == _INF:
            pass
        else:
            return _invalid(ctx, status)
    if a._special == _FINITE and a._coeff == 0:
        if b._sign:
            return _make(result_sign, 0, 0, _INF)
        return _make(result_sign, 0, 0)
    if a._special == _INF:
        if b._sign:
            return _make(result_sign, 0, 0)
        return _make(result_sign, 0, 0, _INF)
    if b._special == _INF:
        if a._sign:
            return _invalid(ctx, status)
        order = _compare_magnitude(a, _make(0, 1, 0))
        if order == 0:
            return _finish(ctx, status, 0, _sticky(10 ** ctx.prec, True), -ctx.prec, ROUND_HALF_EVEN)
        if (order < 0) != bool(b._sign):
            return _make(0, 0, 0)
        return _make(0, 0, 0, _INF)
    if a._coeff == 1 and a._exp == 0 and b_integer:
        return _make(result_sign, 1, 0)
    # the size of the result, to settle overflow and underflow cheaply
    log_estimate = _log10_estimate(a) * _float_value(b)
    if log_estimate > ctx.Emax + 2:
        return _finish(ctx, status, result_sign, 1, ctx.Emax + 1)
    if b_integer:
        n = abs(_integer_value(b))
        if n * _digits(a._coeff) < 100000 + 10 * ctx.prec:
            if log_estimate < ctx.Etiny() - 1.5:
                # an exact power far below the smallest subnormal is zero
                # whatever the rounding, as CPython's is
                return _finish(ctx, status, result_sign, 1, ctx.Etiny() - 2, ROUND_HALF_EVEN)
            coeff = a._coeff ** n
            exp = a._exp * n
            if not b._sign:
                return _finish(ctx, status, result_sign, coeff, exp)
            return _exact_quotient(ctx, status, result_sign, 1, 0, coeff, exp, -exp)
    if log_estimate < ctx.Etiny() - 3:
        return _finish(ctx, status, result_sign, 1, ctx.Etiny() - 2)
    return _power_inexact(ctx, status, a, b, result_sign, log_estimate)


def _log10_estimate(value):
    digits = str(value._coeff)[:17]
    return math.log10(float(digits[0] + "." + digits[1:] if len(digits) > 1 else digits)) + value.adjusted()


def _float_value(value):
    if value._special == _INF:
        return float("-inf") if value._sign else float("inf")
    adjusted = value.adjusted()
    if adjusted > 300:
        return float("-inf") if value._sign else float("inf")
    if adjusted < -300:
        return 0.0
    return float(value._sci_string())


def _power_inexact(ctx, status, a, b, sign, log_estimate):
    """a**b for finite positive a through exp(b ln a), with enough digits;
    log_estimate is about log10 of the result."""
    # exp multiplies the error of b ln a by the size of b ln a
    size_digits = _digits(int(abs(log_estimate) * 2.31) + 1)
    extra = 10
    while True:
        work = ctx.copy()
        work.prec = ctx.prec + extra + size_digits + _digits(abs(b.adjusted()) + 1)
        work.Emax = MAX_EMAX
        work.Emin = MIN_EMIN
        work.clamp = 0
        inner = []
        logarithm = _ln(work, inner, a)
        if logarithm._coeff == 0:
            # 1 to a non-integer power: one, but not known to be exact
            return _finish(ctx, status, sign, _sticky(10 ** ctx.prec, True), -ctx.prec, ROUND_HALF_EVEN)
        product = _multiply(work, inner, logarithm, b)
        value = _exp(work, inner, product)
        if value._special == _INF or (value._coeff == 0):
            return _finish(ctx, status, sign, 1, ctx.Emax + 1 if value._special else ctx.Etiny() - 2)
        if extra > 4 * ctx.prec + 60:
            # the result sits on a rounding boundary, so it is exact there:
            # the digits below the error are noise
            drop = size_digits + 3 + extra // 2
            cleaned, _ = _shorten(0, value._coeff, drop, ROUND_HALF_EVEN)
            result = _finish(ctx, status, sign, cleaned, value._exp + drop, ctx.rounding)
            status.extend((Inexact, Rounded))
            return result
        result = _round_approximation(ctx, status, sign, value._coeff, value._exp,
                                      10 ** (size_digits + 2), ctx.rounding)
        if result is not None:
            return result
        extra += extra


def _power_modulo(ctx, status, a, b, modulo):
    nan = _check_nans(ctx, status, a, b, modulo)
    if nan is not None:
        return nan
    for value in (a, b, modulo):
        if value._special or not _is_integer(value):
            return _invalid(ctx, status)
    if b._sign:
        return _invalid(ctx, status)
    m = abs(_integer_value(modulo))
    if m == 0 or _digits(m) > ctx.prec:
        return _invalid(ctx, status)
    if a._coeff == 0 and b._coeff == 0:
        return _invalid(ctx, status)
    base = _integer_value(a)
    exponent = _integer_value(b)
    value = pow(abs(base), exponent, m)
    sign = 1 if base < 0 and exponent % 2 == 1 else 0
    return _make(sign, value, 0)


# ----- formatting ------------------------------------------------------------

def _parse_spec(spec):
    """The parts of a format spec: fill, align, sign, no_neg_zero, zero,
    width, grouping, precision, type; ValueError if it is not valid."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in "<>=^":
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in "<>=^":
        align = spec[0]
        i = 1
    sign = "-"
    if i < n and spec[i] in "+- ":
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if i < n and spec[i] == "z":
        no_neg_zero = True
        i += 1
    zero = False
    if i < n and spec[i] == "0":
        zero = True
        i += 1
    start = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    grouping = ""
    if i < n and spec[i] == ",":
        grouping = ","
        i += 1
    precision = None
    if i < n and spec[i] == ".":
        start = i + 1
        i += 1
        while i < n and spec[i].isdigit():
            i += 1
        if i == start:
            raise ValueError("invalid format string")
        precision = int(spec[start:i])
    kind = None
    if i < n and spec[i] in "eEfFgGn%":
        kind = spec[i]
        i += 1
    if i != n or (zero and align is not None):
        raise ValueError("invalid format string")
    return fill, align, sign, no_neg_zero, zero, width, grouping, precision, kind


def _group(digits, separator):
    if not separator:
        return digits
    parts = []
    while len(digits) > 3:
        parts.append(digits[-3:])
        digits = digits[:-3]
    parts.append(digits)
    return separator.join(reversed(parts))


def _format(value, spec, ctx):
    fill, align, sign_mode, no_neg_zero, zero, width, grouping, precision, kind = _parse_spec(spec)
    capitals = ctx.capitals
    negative = value._sign == 1
    if value._special:
        body = value._sci_string()
        if negative:
            body = body[1:]
        if kind == "%":
            body += "%"
        zero = False
        integer_part, rest = body, ""
    else:
        coeff, exp = value._coeff, value._exp
        if kind == "%":
            exp += 2
        rounding = ctx.rounding
        if kind in ("f", "F", "%"):
            if precision is not None and exp != -precision:
                coeff, _ = _shorten(value._sign, coeff, -precision - exp, rounding)
                exp = -precision
            text = _plain(coeff, exp)
        elif kind in ("e", "E"):
            if precision is None:
                precision = _digits(coeff) - 1
            if coeff == 0:
                text = "0" + ("." + "0" * precision if precision else "")
                shown_exp = exp + precision
            else:
                drop = _digits(coeff) - (precision + 1)
                coeff, _ = _shorten(value._sign, coeff, drop, rounding)
                exp += drop
                if _digits(coeff) > precision + 1:
                    coeff //= 10
                    exp += 1
                digits = str(coeff)
                text = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
                shown_exp = exp + len(digits) - 1
            text += ("E" if kind == "E" else "e") + ("+" if shown_exp >= 0 else "-") + str(abs(shown_exp))
        else:
            if precision is not None:
                if precision == 0:
                    precision = 1
                drop = _digits(coeff) - precision
                if drop > 0 and coeff:
                    coeff, _ = _shorten(value._sign, coeff, drop, rounding)
                    exp += drop
                    if _digits(coeff) > precision:
                        coeff //= 10
                        exp += 1
            if kind in ("g", "n"):
                use_capitals = 0
            elif kind == "G":
                use_capitals = 1
            else:
                use_capitals = capitals
            text = _make(0, coeff, exp)._sci_string(use_capitals)
        # with the "F" type, CPython's decimal drops the sign of a zero
        # only when the value itself was zero, not when rounding made it so
        if kind == "F" and value._coeff:
            no_neg_zero = False
        if no_neg_zero and negative and all(ch in "0.%" for ch in text.split("e")[0].split("E")[0]):
            negative = False
        if kind == "%":
            text += "%"
        cut = len(text)
        for position, ch in enumerate(text):
            if not ch.isdigit():
                cut = position
                break
        integer_part, rest = text[:cut], text[cut:]
    if negative:
        sign_text = "-"
    elif sign_mode == "+":
        sign_text = "+"
    elif sign_mode == " ":
        sign_text = " "
    else:
        sign_text = ""
    if zero and fill is None and align is None:
        # zero padding goes between the sign and the digits, grouped
        room = width - len(sign_text) - len(rest)
        if grouping:
            digits = integer_part
            while len(_group(digits, grouping)) < room:
                digits = "0" + digits
            integer_part = _group(digits, grouping)
        else:
            integer_part = integer_part.rjust(room, "0")
        return sign_text + integer_part + rest
    if value._special == _FINITE:
        integer_part = _group(integer_part, grouping)
    body = integer_part + rest
    if fill is None:
        fill = " "
    if align is None:
        align = ">"
    padding = width - len(sign_text) - len(body)
    if padding <= 0:
        return sign_text + body
    if align == "<":
        return sign_text + body + fill * padding
    if align == ">":
        return fill * padding + sign_text + body
    if align == "=":
        return sign_text + fill * padding + body
    left = padding // 2
    return fill * left + sign_text + body + fill * (padding - left)


def _plain(coeff, exp):
    digits = str(coeff)
    if exp >= 0:
        return digits + "0" * exp if coeff else "0"
    if len(digits) <= -exp:
        digits = "0" * (-exp - len(digits) + 1) + digits
    return digits[:exp] + "." + digits[exp:]


# ----- contexts --------------------------------------------------------------

def _check_rounding(rounding):
    if rounding not in _ROUNDINGS:
        raise TypeError(
            "valid values for rounding are:\n"
            "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
            "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
            "   ROUND_05UP]")


class _SignalDict(dict):
    """A context's flags or traps: signal class to bool."""

    def __repr__(self):
        return "{" + ", ".join("%r:%r" % item for item in self.items()) + "}"

    def copy(self):
        return _SignalDict(self)


def _signal_dict(value):
    if value is None:
        return None
    if isinstance(value, dict):
        result = _SignalDict.fromkeys(_SIGNALS, False)
        for key, flag in value.items():
            if key not in _SIGNALS:
                raise KeyError("invalid signal dict")
            result[key] = bool(flag)
        return result
    result = _SignalDict.fromkeys(_SIGNALS, False)
    for key in value:
        if key not in _SIGNALS:
            raise KeyError("invalid error flag")
        result[key] = True
    return result


class Context:
    """The environment of decimal operations: precision, rounding, exponent
    range, the flags that operations set and the signals that raise."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None,
                 capitals=None, clamp=None, flags=None, traps=None):
        template = DefaultContext if "DefaultContext" in globals() else None
        object.__setattr__(self, "prec", 28)
        object.__setattr__(self, "rounding", ROUND_HALF_EVEN)
        object.__setattr__(self, "Emin", -999999)
        object.__setattr__(self, "Emax", 999999)
        object.__setattr__(self, "capitals", 1)
        object.__setattr__(self, "clamp", 0)
        if template is not None:
            for name in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp"):
                object.__setattr__(self, name, getattr(template, name))
            default_traps = _SignalDict(template.traps)
        else:
            default_traps = _signal_dict([InvalidOperation, DivisionByZero, Overflow])
        for name, given in (("prec", prec), ("rounding", rounding), ("Emin", Emin),
                            ("Emax", Emax), ("capitals", capitals), ("clamp", clamp)):
            if given is not None:
                setattr(self, name, given)
        object.__setattr__(self, "traps", _signal_dict(traps) if traps is not None else default_traps)
        object.__setattr__(self, "flags", _signal_dict(flags) if flags is not None
                           else _SignalDict.fromkeys(_SIGNALS, False))

    def __setattr__(self, name, value):
        if name == "prec":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == "Emin":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == "Emax":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name == "capitals":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for capitals are 0 or 1")
        elif name == "clamp":
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if value not in (0, 1):
                raise ValueError("valid values for clamp are 0 or 1")
        elif name == "rounding":
            _check_rounding(value)
        elif name in ("flags", "traps"):
            value = _signal_dict(value)
        else:
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        raise AttributeError("context attributes cannot be deleted")

    def __repr__(self):
        flags = ", ".join(s.__name__ for s in _REPR_ORDER if self.flags[s])
        traps = ", ".join(s.__name__ for s in _REPR_ORDER if self.traps[s])
        return ("Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, "
                "flags=[%s], traps=[%s])" % (self.prec, self.rounding, self.Emin, self.Emax,
                                             self.capitals, self.clamp, flags, traps))

    def __reduce__(self):
        return (self.__class__, (self.prec, self.rounding, self.Emin, self.Emax, self.capitals,
                                 self.clamp, [s for s in _SIGNALS if self.flags[s]],
                                 [s for s in _SIGNALS if self.traps[s]]))

    def _signal(self, conditions):
        """Sets the flags of the conditions an operation met, and raises the
        first trapped one with the list of every trapped condition."""
        trapped = []
        for condition in conditions:
            flag = _flag_of(condition)
            self.flags[flag] = True
            if self.traps[flag] and condition not in trapped:
                trapped.append(condition)
        if trapped:
            flags = [_flag_of(c) for c in trapped]
            first = min(flags, key=_SIGNALS.index)
            ordered = sorted(trapped, key=lambda c: _SIGNALS.index(_flag_of(c)))
            raise first(ordered)

    def _flag_only(self, condition):
        self.flags[condition] = True

    def _merge_flags(self, other):
        for signal in _SIGNALS:
            if other.flags[signal]:
                self.flags[signal] = True

    def copy(self):
        result = Context.__new__(Context)
        for name in ("prec", "rounding", "Emin", "Emax", "capitals", "clamp"):
            object.__setattr__(result, name, getattr(self, name))
        object.__setattr__(result, "flags", _SignalDict(self.flags))
        object.__setattr__(result, "traps", _SignalDict(self.traps))
        return result

    __copy__ = copy

    def _shallow_copy(self):
        return self.copy()

    def clear_flags(self):
        for signal in _SIGNALS:
            self.flags[signal] = False

    def clear_traps(self):
        for signal in _SIGNALS:
            self.traps[signal] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def radix(self):
        return Decimal(10)

    def create_decimal(self, num="0"):
        if isinstance(num, str):
            parsed = _parse(num)
            if parsed is None or (parsed[3] >= _QNAN and parsed[1] and _digits(parsed[1]) > self.prec - self.clamp):
                self._signal([ConversionSyntax])
                return _make(0, 0, 0, _QNAN)
            value = _make(*parsed)
        elif isinstance(num, float):
            self._signal([FloatOperation])
            value = _from_float(num, Decimal)
        else:
            value = Decimal(num)
        if value._special >= _QNAN:
            return _nan_result(self, value)
        return _run(_finish_value, self, value)

    def create_decimal_from_float(self, f):
        value = Decimal.from_float(f)
        return _run(_finish_value, self, value)

    def _apply(self, operation, *operands):
        return _run(operation, self, *[_convert_strict(x) for x in operands])

    def abs(self, a):
        return self._apply(_absolute, a)

    def add(self, a, b):
        return self._apply(_add, a, b)

    def subtract(self, a, b):
        return self._apply(_subtract, a, b)

    def multiply(self, a, b):
        return self._apply(_multiply, a, b)

    def divide(self, a, b):
        return self._apply(_divide, a, b)

    def divide_int(self, a, b):
        return self._apply(_divide_integer, a, b)

    def remainder(self, a, b):
        return self._apply(_remainder, a, b)

    def remainder_near(self, a, b):
        return self._apply(_remainder_near, a, b)

    def divmod(self, a, b):
        return self._apply(_divmod, a, b)

    def power(self, a, b, modulo=None):
        if modulo is not None:
            return self._apply(_power_modulo, a, b, modulo)
        return self._apply(_power, a, b)

    def plus(self, a):
        return self._apply(_plus, a)

    def minus(self, a):
        return self._apply(_minus, a)

    def sqrt(self, a):
        return self._apply(_sqrt, a)

    def exp(self, a):
        return self._apply(_exp, a)

    def ln(self, a):
        return self._apply(_ln, a)

    def log10(self, a):
        return self._apply(_log10, a)

    def logb(self, a):
        return self._apply(_logb, a)

    def fma(self, a, b, c):
        return self._apply(_fma, a, b, c)

    def compare(self, a, b):
        return self._apply(_compare, a, b)

    def compare_signal(self, a, b):
        return self._apply(_compare_signal, a, b)

    def compare_total(self, a, b):
        return _convert_strict(a).compare_total(b)

    def compare_total_mag(self, a, b):
        return _convert_strict(a).compare_total_mag(b)

    def max(self, a, b):
        return self._apply(_max, a, b)

    def min(self, a, b):
        return self._apply(_min, a, b)

    def max_mag(self, a, b):
        return self._apply(_max_mag, a, b)

    def min_mag(self, a, b):
        return self._apply(_min_mag, a, b)

    def next_plus(self, a):
        return self._apply(_next_plus, a)

    def next_minus(self, a):
        return self._apply(_next_minus, a)

    def next_toward(self, a, b):
        return self._apply(_next_toward, a, b)

    def normalize(self, a):
        return self._apply(_normalize, a)

    def quantize(self, a, b):
        return self._apply(_quantize, a, b)

    def scaleb(self, a, b):
        return self._apply(_scaleb, a, b)

    def to_integral_value(self, a):
        return _run(_to_integral, self, _convert_strict(a), self.rounding, False)

    to_integral = to_integral_value

    def to_integral_exact(self, a):
        return _run(_to_integral, self, _convert_strict(a), self.rounding, True)

    def to_sci_string(self, a):
        return _convert_strict(a)._sci_string(self.capitals)

    def to_eng_string(self, a):
        return _convert_strict(a)._sci_string(self.capitals, engineering=True)

    def number_class(self, a):
        return _convert_strict(a).number_class(self)

    def canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return a

    def copy_abs(self, a):
        return _convert_strict(a).copy_abs()

    def copy_negate(self, a):
        return _convert_strict(a).copy_negate()

    def copy_sign(self, a, b):
        return _convert_strict(a).copy_sign(b)

    def copy_decimal(self, a):
        return Decimal(_convert_strict(a))

    def same_quantum(self, a, b):
        return _convert_strict(a).same_quantum(b)

    def is_canonical(self, a):
        if not isinstance(a, Decimal):
            raise TypeError("argument must be a Decimal")
        return True

    def is_finite(self, a):
        return _convert_strict(a).is_finite()

    def is_infinite(self, a):
        return _convert_strict(a).is_infinite()

    def is_nan(self, a):
        return _convert_strict(a).is_nan()

    def is_qnan(self, a):
        return _convert_strict(a).is_qnan()

    def is_snan(self, a):
        return _convert_strict(a).is_snan()

    def is_signed(self, a):
        return _convert_strict(a).is_signed()

    def is_zero(self, a):
        return _convert_strict(a).is_zero()

    def is_normal(self, a):
        return _convert_strict(a).is_normal(self)

    def is_subnormal(self, a):
        return _convert_strict(a).is_subnormal(self)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[
    DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow], flags=[])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[], flags=[])

_CURRENT = []


def _current_context():
    if not _CURRENT:
        _CURRENT.append(DefaultContext.copy())
    return _CURRENT[0]


def _context_or_current(context):
    if context is None:
        return _current_context()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def getcontext():
    """The context of the current thread."""
    return _current_context()


def setcontext(context):
    """Makes context the current one; the templates DefaultContext,
    BasicContext and ExtendedContext are copied, with their flags cleared."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    if _CURRENT:
        _CURRENT[0] = context
    else:
        _CURRENT.append(context)


_LOCAL_SETTINGS = ("prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps")


class _ContextManager:
    def __init__(self, context):
        self.new_context = context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, *exc_info):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (or of the current
    context), with kwargs set on it, current inside its with block."""
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for name, value in kwargs.items():
        if name not in _LOCAL_SETTINGS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        setattr(new, name, value)
    return _ContextManager(new)


def _make_tuple_type():
    from collections import namedtuple
    return namedtuple("DecimalTuple", "sign digits exponent", module="decimal")


DecimalTuple = _make_tuple_type()

try:
    import numbers as _numbers
    _numbers.Number.register(Decimal)
except ImportError:
    pass
