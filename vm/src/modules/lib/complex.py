"""The builtin `complex` type, written in Python and made on the first use
of the name `complex` or of a complex literal. Its values, repr, hash and
error messages are CPython's; its methods are Python functions rather
than slot wrappers."""

import math

_HASH_IMAG = 1000003
_HASH_BITS = 1 << 64


def _float_text(x):
    # CPython writes the parts of a complex without a trailing ".0".
    text = repr(x)
    return text[:-2] if text.endswith(".0") else text


def _parse(text):
    s = text.strip()
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip()
    if not s or ("_" in s and not _underscores_ok(s)):
        raise ValueError("complex() arg is a malformed string")
    s = s.replace("_", "")
    try:
        if s[-1] in "jJ":
            body = s[:-1]
            # The split between the parts is the last sign not after an 'e'.
            cut = -1
            for i in range(len(body) - 1, 0, -1):
                if body[i] in "+-" and body[i - 1] not in "eE":
                    cut = i
                    break
            if cut < 0:
                return 0.0, _imag_text(body)
            real_text, imag_text = body[:cut], body[cut:]
            if real_text.strip() != real_text or imag_text.strip() != imag_text:
                raise ValueError
            return float(real_text), _imag_text(imag_text)
        if s.strip() != s:
            raise ValueError
        return float(s), 0.0
    except ValueError:
        raise ValueError("complex() arg is a malformed string") from None


def _underscores_ok(s):
    for i, c in enumerate(s):
        if c == "_" and not (0 < i < len(s) - 1 and s[i - 1].isdigit() and s[i + 1].isdigit()):
            return False
    return True


def _imag_text(text):
    if text in ("", "+"):
        return 1.0
    if text == "-":
        return -1.0
    if text.strip() != text:
        raise ValueError
    return float(text)


def _parts(value):
    """(real, imag) of a number, or None for anything else."""
    if isinstance(value, complex):
        return value._real, value._imag
    if isinstance(value, (int, float)):
        return float(value), 0.0
    return None


def _quotient(a, b, c, d):
    # (a + bj) / (c + dj), scaled by the larger part of the divisor so that
    # neither product overflows.
    if abs(c) >= abs(d):
        if c == 0.0:
            raise ZeroDivisionError("complex division by zero")
        ratio = d / c
        denominator = c + d * ratio
        return (a + b * ratio) / denominator, (b - a * ratio) / denominator
    if abs(d) >= abs(c):
        ratio = c / d
        denominator = c * ratio + d
        return (a * ratio + b) / denominator, (b * ratio - a) / denominator
    return math.nan, math.nan


def _power_unsigned(re, im, n):
    result_re, result_im = 1.0, 0.0
    while n:
        if n & 1:
            result_re, result_im = result_re * re - result_im * im, result_re * im + result_im * re
        n >>= 1
        re, im = re * re - im * im, 2 * re * im
    return result_re, result_im


def _power(a, b, c, d):
    if c == 0.0 and d == 0.0:
        return 1.0, 0.0
    if a == 0.0 and b == 0.0:
        if d != 0.0 or c < 0.0:
            raise ZeroDivisionError("0.0 to a negative or complex power")
        return 0.0, 0.0
    if d == 0.0 and c == int(c) and abs(c) <= 100:
        n = int(c)
        if n > 0:
            return _power_unsigned(a, b, n)
        re, im = _power_unsigned(a, b, -n)
        return _quotient(1.0, 0.0, re, im)
    size = math.hypot(a, b)
    length = size ** c
    angle = math.atan2(b, a)
    phase = angle * c
    if d != 0.0:
        length /= math.exp(angle * d)
        phase += d * math.log(size)
    return length * math.cos(phase), length * math.sin(phase)


class complex:
    """Create a complex number from a real part and an optional imaginary part.

This is equivalent to (real + imag*1j) where imag defaults to 0."""

    __module__ = "builtins"

    def __new__(cls, real=0, imag=None):
        if isinstance(real, str):
            if imag is not None:
                raise TypeError("complex() can't take second arg if first is a string")
            re, im = _parse(real)
            return cls._make(re, im)
        if imag is not None and isinstance(imag, str):
            raise TypeError("complex() second arg can't be a string")
        if type(real) is complex and cls is complex and imag is None:
            return real
        first = _parts(real)
        if first is None:
            convert = getattr(type(real), "__complex__", None)
            if convert is not None:
                value = convert(real)
                if not isinstance(value, complex):
                    raise TypeError("__complex__ returned non-complex (type %s)" % type(value).__name__)
                first = value._real, value._imag
            elif hasattr(type(real), "__float__") or hasattr(type(real), "__index__"):
                first = float(real), 0.0
            else:
                raise TypeError("complex() first argument must be a string or a number, not '%s'"
                                % type(real).__name__)
        if imag is None:
            second = (0.0, 0.0)
        else:
            second = _parts(imag)
            if second is None:
                if hasattr(type(imag), "__float__") or hasattr(type(imag), "__index__"):
                    second = float(imag), 0.0
                else:
                    raise TypeError("complex() second argument must be a number, not '%s'"
                                    % type(imag).__name__)
        if imag is None:
            return cls._make(*first)
        # Parts are only combined when they came from complex numbers, so
        # that complex(0.0, -0.0) keeps its signed zero.
        re = first[0] - second[1] if isinstance(imag, complex) else first[0]
        im = second[0] + first[1] if isinstance(real, complex) else second[0]
        return cls._make(re, im)

    @classmethod
    def _make(cls, re, im):
        self = object.__new__(cls)
        object.__setattr__(self, "_real", re)
        object.__setattr__(self, "_imag", im)
        return self

    def __setattr__(self, name, value):
        if name in ("real", "imag", "_real", "_imag"):
            raise AttributeError("readonly attribute")
        object.__setattr__(self, name, value)

    @property
    def real(self):
        """the real part of a complex number"""
        return self._real

    @property
    def imag(self):
        """the imaginary part of a complex number"""
        return self._imag

    def conjugate(self):
        return complex._make(self._real, -self._imag)

    def __complex__(self):
        return complex._make(self._real, self._imag)

    def __getnewargs__(self):
        return (self._real, self._imag)

    def __repr__(self):
        re, im = self._real, self._imag
        if re == 0.0 and math.copysign(1.0, re) == 1.0:
            return _float_text(im) + "j"
        imag_text = _float_text(im)
        if imag_text[0] != "-":
            imag_text = "+" + imag_text
        return "(%s%sj)" % (_float_text(re), imag_text)

    __str__ = __repr__

    def __format__(self, spec):
        if not spec:
            return str(self)
        imag_spec = spec if spec[0] in "+- " else "+" + spec
        return format(self._real, spec) + format(self._imag, imag_spec) + "j"

    def __hash__(self):
        combined = (hash(self._real) + _HASH_IMAG * hash(self._imag)) % _HASH_BITS
        if combined >= _HASH_BITS // 2:
            combined -= _HASH_BITS
        return -2 if combined == -1 else combined

    def __bool__(self):
        return self._real != 0.0 or self._imag != 0.0

    def __eq__(self, other):
        if isinstance(other, complex):
            return self._real == other._real and self._imag == other._imag
        if isinstance(other, (int, float)):
            return self._imag == 0.0 and self._real == other
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    def __neg__(self):
        return complex._make(-self._real, -self._imag)

    def __pos__(self):
        return complex._make(self._real, self._imag)

    def __abs__(self):
        re, im = self._real, self._imag
        if math.isinf(re) or math.isinf(im):
            return math.inf
        if math.isnan(re) or math.isnan(im):
            return math.nan
        result = math.hypot(re, im)
        if math.isinf(result):
            raise OverflowError("absolute value too large")
        return result

    def __add__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(self._real + o[0], self._imag + o[1])

    __radd__ = __add__

    def __sub__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(self._real - o[0], self._imag - o[1])

    def __rsub__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(o[0] - self._real, o[1] - self._imag)

    def __mul__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        a, b = self._real, self._imag
        c, d = o
        return complex._make(a * c - b * d, a * d + b * c)

    __rmul__ = __mul__

    def __truediv__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(*_quotient(self._real, self._imag, o[0], o[1]))

    def __rtruediv__(self, other):
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(*_quotient(o[0], o[1], self._real, self._imag))

    def __pow__(self, other, modulo=None):
        if modulo is not None:
            raise ValueError("complex modulo")
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(*_power(self._real, self._imag, o[0], o[1]))

    def __rpow__(self, other, modulo=None):
        if modulo is not None:
            raise ValueError("complex modulo")
        o = _parts(other)
        if o is None:
            return NotImplemented
        return complex._make(*_power(o[0], o[1], self._real, self._imag))
