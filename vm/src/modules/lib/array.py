"""Arrays of numbers (or characters) of one C type, as compact sequences.

array(typecode[, initializer]) with typecode one of: b B (signed and
unsigned char), u (character), h H (short), i I (int), l L (long), q Q
(long long), f (float) and d (double). Items are checked against their
type's range when stored, and 'f' items are rounded to single precision,
so reading them back gives what a C array would hold. The byte layout
(tobytes, frombytes, pickling) is this 64-bit little-endian platform's."""

import collections.abc as _collections_abc
import struct as _struct

__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEM_SIZES = {
    "b": 1,
    "B": 1,
    "u": 4,
    "h": 2,
    "H": 2,
    "i": 4,
    "I": 4,
    "l": 8,
    "L": 8,
    "q": 8,
    "Q": 8,
    "f": 4,
    "d": 8,
}

# Each integer type's checks, in the order CPython's conversions make
# them: (low, high, message below low, message above high).
_C_LONG = (-(1 << 63), (1 << 63) - 1, "Python int too large to convert to C long", "Python int too large to convert to C long")
_SHORT = (-(1 << 15), (1 << 15) - 1, "signed short integer is less than minimum", "signed short integer is greater than maximum")
_INT = (-(1 << 31), (1 << 31) - 1, "signed integer is less than minimum", "signed integer is greater than maximum")
_UNSIGNED_LONG = (
    0,
    (1 << 64) - 1,
    "can't convert negative value to unsigned int",
    "Python int too large to convert to C unsigned long",
)
_INTEGER_CHECKS = {
    "b": (_C_LONG, _SHORT, (-128, 127, "signed char is less than minimum", "signed char is greater than maximum")),
    "B": (_C_LONG, (0, 255, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum")),
    "h": (_C_LONG, _SHORT),
    "H": (_C_LONG, _INT, (0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum")),
    "i": (_C_LONG, _INT),
    "I": (_UNSIGNED_LONG, (0, (1 << 32) - 1, "", "unsigned int is greater than maximum")),
    "l": (_C_LONG,),
    "L": (_UNSIGNED_LONG,),
    "q": ((-(1 << 63), (1 << 63) - 1, "int too big to convert", "int too big to convert"),),
    "Q": ((0, (1 << 64) - 1, "can't convert negative int to unsigned", "int too big to convert"),),
}

# Machine format codes of pickles (CPython's), and the one of each typecode
# on this platform.
_MACHINE_FORMATS = {
    0: ("<B", 1),
    1: ("<b", 1),
    2: ("<H", 2),
    3: (">H", 2),
    4: ("<h", 2),
    5: (">h", 2),
    6: ("<I", 4),
    7: (">I", 4),
    8: ("<i", 4),
    9: (">i", 4),
    10: ("<Q", 8),
    11: (">Q", 8),
    12: ("<q", 8),
    13: (">q", 8),
    14: ("<f", 4),
    15: (">f", 4),
    16: ("<d", 8),
    17: (">d", 8),
    18: ("utf-16-le", 2),
    19: ("utf-16-be", 2),
    20: ("utf-32-le", 4),
    21: ("utf-32-be", 4),
}
_NATIVE_MACHINE_FORMAT = {
    "b": 1,
    "B": 0,
    "u": 20,
    "h": 4,
    "H": 2,
    "i": 8,
    "I": 6,
    "l": 12,
    "L": 10,
    "q": 12,
    "Q": 10,
    "f": 14,
    "d": 16,
}


def _index(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _single(x):
    """x rounded to single precision, as a C float holds it."""
    try:
        data = _struct.pack("<f", x)
    except OverflowError:
        return x * float("inf")
    return _struct.unpack("<f", data)[0]


def _converter(typecode):
    """The function checking and converting one item for `typecode`."""
    if typecode == "u":

        def convert(value):
            if not isinstance(value, str) or len(value) != 1:
                raise TypeError("array item must be unicode character")
            return value

        return convert
    if typecode in "fd":

        def convert(value):
            kind = type(value)
            if not (isinstance(value, (int, float)) or hasattr(kind, "__float__") or hasattr(kind, "__index__")):
                raise TypeError("must be real number, not %s" % kind.__name__)
            value = float(value)
            return _single(value) if typecode == "f" else value

        return convert
    checks = _INTEGER_CHECKS[typecode]

    def convert(value):
        value = _index(value)
        for low, high, below, above in checks:
            if value < low:
                raise OverflowError(below)
            if value > high:
                raise OverflowError(above)
        return int(value)

    return convert


_CONVERTERS = {code: _converter(code) for code in typecodes}


def _utf32_bytes(chars):
    return b"".join((c if isinstance(c, int) else ord(c)).to_bytes(4, "little") for c in chars)


def _decode_units(data, size, order):
    """Characters of UTF-16 or UTF-32 code units, surrogate pairs joined."""
    units = [int.from_bytes(data[i : i + size], order) for i in range(0, len(data), size)]
    chars = []
    i = 0
    while i < len(units):
        unit = units[i]
        if size == 2 and 0xD800 <= unit < 0xDC00 and i + 1 < len(units) and 0xDC00 <= units[i + 1] < 0xE000:
            unit = 0x10000 + ((unit - 0xD800) << 10) + (units[i + 1] - 0xDC00)
            i += 1
        chars.append(chr(unit) if unit <= 0x10FFFF else unit)
        i += 1
    return chars


class array:
    """array(typecode[, initializer]): a sequence of numbers of one C
    type; the initializer is an iterable, bytes, or a str for 'u'."""

    __slots__ = ("_typecode", "_items", "__weakref__")

    __hash__ = None

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError(
                "array() argument 1 must be a unicode character, not %s" % type(typecode).__name__
            )
        if typecode not in _ITEM_SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if len(args) == 2:
            self._initialize(args[1])
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _initialize(self, initializer):
        typecode = self._typecode
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @classmethod
    def _of(cls, typecode, items):
        """A new array of already converted items."""
        result = object.__new__(cls)
        result._typecode = typecode
        result._items = items
        return result

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEM_SIZES[self._typecode]

    def _convert(self, value):
        return _CONVERTERS[self._typecode](value)

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return array._of(self._typecode, self._items[index])
        index = self._position(index)
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def _position(self, index):
        if isinstance(index, int):
            return index
        if getattr(type(index), "__index__", None) is None:
            raise TypeError("array indices must be integers")
        return _index(index)

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            items = list(value._items)
            start, stop, step = index.indices(len(self._items))
            if step != 1:
                size = len(range(start, stop, step))
                if len(items) != size:
                    raise ValueError(
                        "attempt to assign array of size %d to extended slice of size %d" % (len(items), size)
                    )
            self._items[index] = items
            return
        index = self._position(index)
        value = self._convert(value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        index = self._position(index)
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def _same_kind(self, other, verb):
        if not isinstance(other, array):
            raise TypeError('can only %s array (not "%s") to array' % (verb, type(other).__name__))
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")

    def __add__(self, other):
        self._same_kind(other, "append")
        return array._of(self._typecode, self._items + other._items)

    def __iadd__(self, other):
        self._same_kind(other, "extend")
        self._items += other._items
        return self

    def __mul__(self, count):
        return array._of(self._typecode, self._items * _index(count))

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= _index(count)
        return self

    def _compare_items(self, other):
        if isinstance(other, array):
            return self._items, other._items
        return None

    def __eq__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] == pair[1]

    def __ne__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] != pair[1]

    def __lt__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] < pair[1]

    def __le__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] <= pair[1]

    def __gt__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] > pair[1]

    def __ge__(self, other):
        pair = self._compare_items(other)
        return NotImplemented if pair is None else pair[0] >= pair[1]

    def __repr__(self):
        name = "array" if type(self) is array else type(self).__name__
        if not self._items:
            return "%s('%s')" % (name, self._typecode)
        if self._typecode == "u":
            return "%s('u', %r)" % (name, self.tounicode())
        return "%s('%s', %r)" % (name, self._typecode, self._items)

    def __copy__(self):
        return array._of(self._typecode, list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __bytes__(self):
        return self.tobytes()

    def _state(self):
        return getattr(self, "__dict__", None) or None

    def __reduce_ex__(self, protocol):
        if protocol < 3:
            return (type(self), (self._typecode, self.tolist()), self._state())
        return (
            _array_reconstructor,
            (type(self), self._typecode, _NATIVE_MACHINE_FORMAT[self._typecode], self.tobytes()),
            self._state(),
        )

    def __reduce__(self):
        raise TypeError("cannot pickle 'array' object")

    def __sizeof__(self):
        return 64 + len(self._items) * self.itemsize

    def append(self, value):
        """Appends `value` to the end."""
        self._items.append(self._convert(value))

    def extend(self, iterable):
        """Appends the items of `iterable` (an array must be of the same
        typecode)."""
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        convert = _CONVERTERS[self._typecode]
        items = self._items
        for value in iterable:
            items.append(convert(value))

    def insert(self, index, value):
        """Inserts `value` before position `index`."""
        self._items.insert(_index(index), self._convert(value))

    def pop(self, index=-1):
        """Removes and returns the item at `index` (default last)."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_index(index))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        """Removes the first item equal to `value`."""
        for i, item in enumerate(self._items):
            if item == value:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=None):
        """The position of the first item equal to `value` in [start:stop]."""
        n = len(self._items)
        start = _index(start)
        stop = n if stop is None else _index(stop)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        for i in range(start, min(stop, n)):
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        """How many items equal `value`."""
        return sum(1 for item in self._items if item == value)

    def reverse(self):
        """Reverses the items in place."""
        self._items.reverse()

    def tolist(self):
        """The items as a list."""
        return list(self._items)

    def fromlist(self, items):
        """Appends the items of a list; none if one is invalid."""
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        convert = _CONVERTERS[self._typecode]
        self._items.extend([convert(value) for value in items])

    def tobytes(self):
        """The items in their machine representation."""
        if self._typecode == "u":
            return _utf32_bytes(self._items)
        return _struct.pack("<%d%s" % (len(self._items), self._code()), *self._items)

    def _code(self):
        """The struct code of the standard-size type as large as this one."""
        return {"l": "q", "L": "Q"}.get(self._typecode, self._typecode)

    def frombytes(self, data):
        """Appends items from their machine representation."""
        if isinstance(data, array):
            data = data.tobytes()
        elif not isinstance(data, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._typecode == "u":
            self._items.extend(_decode_units(data, 4, "little"))
        else:
            self._items.extend(_struct.unpack("<%d%s" % (len(data) // size, self._code()), data))

    def tounicode(self):
        """The characters of a 'u' array as a str."""
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        for item in self._items:
            if isinstance(item, int):
                raise ValueError("character U+%x is not in range [U+0000; U+10ffff]" % item)
        return "".join(self._items)

    def fromunicode(self, text):
        """Appends the characters of `text` to a 'u' array."""
        if not isinstance(text, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(text).__name__)
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def byteswap(self):
        """Reverses the byte order of every item."""
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i : i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def buffer_info(self):
        """(address, length): an identifier of the storage and the number
        of items."""
        return (id(self), len(self._items))

    def fromfile(self, f, n):
        """Appends `n` items read from the binary file `f`."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = n * self.itemsize
        data = f.read(size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        complete = len(data) - len(data) % self.itemsize
        self.frombytes(data[:complete])
        if len(data) != size:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f):
        """Writes the items' machine representation to the file `f`."""
        f.write(self.tobytes())


array.__module__ = "array"
_collections_abc.MutableSequence.register(array)
ArrayType = array


class arrayiterator:
    def __init__(self, source):
        self._source = source
        self._position = 0

    def __iter__(self):
        return self

    def __next__(self):
        source = self._source
        if source is None or self._position >= len(source._items):
            self._source = None
            raise StopIteration
        item = source._items[self._position]
        self._position += 1
        return item

    def __reduce__(self):
        if self._source is None:
            return (iter, ((),))
        return (iter, (self._source,), self._position)

    def __setstate__(self, position):
        if self._source is not None:
            self._position = max(0, min(position, len(self._source._items)))


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Rebuilds an array from a pickle: its type, typecode, the machine
    format of `items`, and `items`, the bytes."""
    if not isinstance(arraytype, type):
        raise TypeError("first argument must be a type object, not %s" % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError("%s is not a subtype of array.array" % arraytype.__name__)
    if not isinstance(mformat_code, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(mformat_code).__name__)
    if not isinstance(items, bytes):
        raise TypeError("fourth argument should be bytes, not %s" % type(items).__name__)
    if not isinstance(typecode, str) or typecode not in _ITEM_SIZES:
        raise ValueError("second argument must be a valid type code")
    if mformat_code not in _MACHINE_FORMATS:
        raise ValueError("third argument must be a valid machine format code.")
    if mformat_code == _NATIVE_MACHINE_FORMAT[typecode]:
        return arraytype(typecode, items)
    code, size = _MACHINE_FORMATS[mformat_code]
    if len(items) % size:
        raise ValueError("string length not a multiple of item size")
    if code.startswith("utf"):
        values = _decode_units(items, size, "little" if code.endswith("le") else "big")
    else:
        values = _struct.unpack("%s%d%s" % (code[0], len(items) // size, code[1]), items)
    return arraytype(typecode, list(values))
