"""Conversion between Python values and C structs packed as bytes.

A format is an optional byte order ('@' native with alignment, '=' native
order with standard sizes, '<' little-endian, '>' and '!' big-endian) then
codes, each with an optional repeat count: x pad byte, c char, b B signed and
unsigned char, ? bool, h H short, i I int, l L long, q Q long long, n N
ssize_t and size_t (native only), e f d half, float and double, s p strings
and P pointer (native only). Native means this 64-bit platform: long, size_t
and pointers take 8 bytes."""

import _float_pack
import sys

__all__ = [
    "calcsize",
    "pack",
    "pack_into",
    "unpack",
    "unpack_from",
    "iter_unpack",
    "Struct",
    "error",
]


class error(Exception):
    pass


error.__module__ = "struct"

# Sizes of the integer codes: (standard, native), and whether signed.
_INTEGER_CODES = {
    "b": (1, 1, True),
    "B": (1, 1, False),
    "h": (2, 2, True),
    "H": (2, 2, False),
    "i": (4, 4, True),
    "I": (4, 4, False),
    "l": (4, 8, True),
    "L": (4, 8, False),
    "q": (8, 8, True),
    "Q": (8, 8, False),
    "n": (None, 8, True),
    "N": (None, 8, False),
    "P": (None, 8, False),
}
_FLOAT_SIZES = {"e": 2, "f": 4, "d": 8}
_RANGE_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_BYTE_ORDERS = "@=<>!"
_MAX_SIZE = sys.maxsize


def _parse(fmt):
    """The items of a format: (code, count, size, offset) for each code
    (count is the string length for 's' and 'p'), the total size, whether
    native and whether little-endian."""
    order = "@"
    i = 0
    if fmt[:1] and fmt[0] in _BYTE_ORDERS:
        order = fmt[0]
        i = 1
    native = order == "@"
    little = order in "<=@"
    groups = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if "0" <= c <= "9":
            j = i
            while j < n and "0" <= fmt[j] <= "9":
                j += 1
            count = int(fmt[i:j])
            if j == n:
                raise error("repeat count given without format specifier")
            i = j
            c = fmt[i]
        size = _code_size(c, native)
        if native and size > 1 and c not in "spcx":
            offset = (offset + size - 1) // size * size
        groups.append((c, count, size, offset))
        offset += count * size
        if offset > _MAX_SIZE:
            raise error("total struct size too long")
        i += 1
    items = []
    for c, count, size, start in groups:
        if c in "sp":
            items.append((c, count, count, start))
        elif c != "x":
            for k in range(count):
                items.append((c, 1, size, start + k * size))
    return items, offset, native, little


def _code_size(c, native):
    if c in "xcsp?":
        return 1
    if c in _FLOAT_SIZES:
        return _FLOAT_SIZES[c]
    sizes = _INTEGER_CODES.get(c)
    if sizes is None:
        raise error("bad char in struct format")
    size = sizes[1] if native else sizes[0]
    if size is None:
        raise error("bad char in struct format")
    return size


def _as_integer(value):
    if isinstance(value, int):
        return value
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _pack_integer(code, size, native, value):
    value = _as_integer(value)
    if code == "P":
        if not -(1 << 63) <= value < (1 << 64):
            raise error("int too large to convert")
        return value & ((1 << 64) - 1)
    signed = _INTEGER_CODES[code][2]
    if signed or size < 4:
        # Converted through a C long first, then checked against the range.
        if not -(1 << 63) <= value < (1 << 63):
            raise error("argument out of range")
    elif not 0 <= value < (1 << 64):
        raise error("argument out of range")
    if size == 8:
        return value
    bits = size * 8
    if signed:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if not low <= value <= high:
        name = _RANGE_NAMES.get(code)
        if name is None:
            name = "'%s'" % code
        raise error("%s format requires %d <= number <= %d" % (name, low, high))
    return value


def _as_float(value):
    if isinstance(value, float):
        return value
    kind = type(value)
    if not (isinstance(value, int) or hasattr(kind, "__float__") or hasattr(kind, "__index__")):
        raise error("required argument is not a float")
    return value


def _pack_float(code, size, native, little, value):
    value = _as_float(value)
    try:
        return _float_pack.pack(value, size, little)
    except OverflowError:
        if native and code == "f":
            # A native float is converted as C does, to an infinity.
            infinity = float("inf") if float(value) > 0 else float("-inf")
            return _float_pack.pack(infinity, size, little)
        raise


def _is_array(buffer):
    array = sys.modules.get("array")
    return array is not None and isinstance(buffer, array.array)


def _buffer_bytes(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if hasattr(buffer, "tobytes"):
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """A compiled format: Struct(format) with pack, unpack, pack_into,
    unpack_from and iter_unpack, and its format and size."""

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError(
                "Struct() argument 1 must be a str or bytes object, not %s" % type(format).__name__
            )
        if "\0" in format:
            raise error("embedded null character")
        self.format = format
        self._items, self.size, self._native, self._little = _parse(format)

    def _encode(self, values, caller):
        items = self._items
        if len(values) != len(items):
            raise error("%s expected %d items for packing (got %d)" % (caller, len(items), len(values)))
        out = bytearray(self.size)
        order = "little" if self._little else "big"
        for (code, count, size, offset), value in zip(items, values):
            if code in _INTEGER_CODES:
                number = _pack_integer(code, size, self._native, value)
                data = number.to_bytes(size, order, signed=number < 0)
            elif code in _FLOAT_SIZES:
                data = _pack_float(code, size, self._native, self._little, value)
            elif code == "?":
                data = b"\x01" if value else b"\x00"
            elif code == "c":
                if not isinstance(value, bytes) or len(value) != 1:
                    raise error("char format requires a bytes object of length 1")
                data = value
            else:
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == "s":
                    data = value[:count]
                elif count:
                    data = value[: count - 1]
                    data = bytes([min(len(data), 255)]) + data
                else:
                    data = b""
            out[offset : offset + len(data)] = data
        return out

    def pack(self, *values):
        """The values packed as bytes."""
        return bytes(self._encode(values, "pack"))

    def pack_into(self, buffer, offset, *values):
        """Packs the values into the writable `buffer` at `offset` (from its
        end if negative)."""
        data = self._encode(values, "pack_into")
        if not isinstance(buffer, bytearray) and not _is_array(buffer):
            raise TypeError("argument must be read-write bytes-like object, not %s" % type(buffer).__name__)
        offset = _as_offset(offset)
        length = len(buffer)
        if offset < 0:
            if offset + length < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, length))
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            offset += length
        if length - offset < self.size:
            raise error(
                "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                "(actual buffer size is %d)" % (self.size + offset, self.size, offset, length)
            )
        if isinstance(buffer, bytearray):
            buffer[offset : offset + self.size] = data
        else:
            whole = bytearray(buffer.tobytes())
            whole[offset : offset + self.size] = data
            buffer[:] = type(buffer)(buffer.typecode, bytes(whole))

    def _decode(self, data, start):
        order = "little" if self._little else "big"
        values = []
        for code, count, size, offset in self._items:
            at = start + offset
            if code in _INTEGER_CODES:
                signed = _INTEGER_CODES[code][2]
                values.append(int.from_bytes(data[at : at + size], order, signed=signed))
            elif code in _FLOAT_SIZES:
                values.append(_float_pack.unpack(bytes(data[at : at + size]), self._little))
            elif code == "?":
                values.append(data[at] != 0)
            elif code == "c":
                values.append(bytes(data[at : at + 1]))
            elif code == "s":
                values.append(bytes(data[at : at + count]))
            elif count:
                length = min(data[at], count - 1)
                values.append(bytes(data[at + 1 : at + 1 + length]))
            else:
                values.append(b"")
        return tuple(values)

    def unpack(self, buffer):
        """The values of `buffer`, whose size must be exactly this struct's."""
        data = _buffer_bytes(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._decode(data, 0)

    def unpack_from(self, buffer, offset=0):
        """The values of `buffer` at `offset` (from its end if negative)."""
        data = _buffer_bytes(buffer)
        offset = _as_offset(offset)
        length = len(data)
        if offset < 0:
            if offset + length < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, length))
            if offset + self.size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (self.size, offset))
            offset += length
        if length - offset < self.size:
            raise error(
                "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                "(actual buffer size is %d)" % (self.size + offset, self.size, offset, length)
            )
        return self._decode(data, offset)

    def iter_unpack(self, buffer):
        """An iterator over the values of each struct-sized piece of
        `buffer`."""
        data = _buffer_bytes(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return _StructIterator(self, data)


class _StructIterator:
    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._offset >= len(self._data):
            raise StopIteration
        values = self._struct._decode(self._data, self._offset)
        self._offset += self._struct.size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._offset) // self._struct.size


def _as_offset(offset):
    if isinstance(offset, int):
        return offset
    index = getattr(type(offset), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(offset).__name__)
    return index(offset)


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        if len(_cache) >= 100:
            _cache.clear()
        s = Struct(fmt)
        _cache[fmt] = s
    return s


def _clearcache():
    """Forgets the compiled formats."""
    _cache.clear()


def calcsize(format):
    """The size in bytes of a struct of `format`."""
    return _struct(format).size


def pack(format, *values):
    """The values packed as bytes according to `format`."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """Packs the values into the writable `buffer` at `offset`."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """The tuple of values in `buffer`, of exactly calcsize(format) bytes."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """The tuple of values in `buffer` at `offset`."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """An iterator over the tuples of values of each piece of `buffer`."""
    return _struct(format).iter_unpack(buffer)
