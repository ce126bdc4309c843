"""The codec registry: lookup, encode/decode by name, user search
functions, BOM constants and the codec functions of the standard
encodings. UTF-8, ASCII and Latin-1 are native to ``str.encode`` and
``bytes.decode``; UTF-16, UTF-32, ``unicode_escape`` and
``raw_unicode_escape`` are written here, and ``str.encode``/``bytes.decode``
come here for every encoding they do not know. Error handlers registered
with ``register_error`` are used by the codecs written here, not by the
native ones."""

import sys

__all__ = ["register", "unregister", "lookup", "encode", "decode", "CodecInfo",
           "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
           "register_error", "lookup_error", "BOM", "BOM_BE", "BOM_LE", "BOM_UTF8",
           "BOM_UTF16", "BOM_UTF16_BE", "BOM_UTF16_LE", "BOM_UTF32", "BOM_UTF32_BE",
           "BOM_UTF32_LE", "IncrementalEncoder", "IncrementalDecoder", "Codec"]

BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = b"\xfe\xff"
BOM_UTF32_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = b"\x00\x00\xfe\xff"
if sys.byteorder == "little":
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE


class CodecInfo(tuple):
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return f"<codecs.CodecInfo object for encoding {self.name} at {id(self):#x}>"


class Codec:
    def encode(self, input, errors="strict"):
        raise NotImplementedError

    def decode(self, input, errors="strict"):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors="strict"):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors="strict"):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """Keeps undecoded trailing bytes between calls."""

    def __init__(self, errors="strict"):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ----- error handlers ----------------------------------------------------------

def strict_errors(exc):
    raise exc


def ignore_errors(exc):
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        return ("", exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def replace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("?" * (exc.end - exc.start), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def backslashreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        text = exc.object[exc.start:exc.end]
        return ("".join(_escape_char(c) for c in text), exc.end)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        return ("".join(f"\\x{b:02x}" for b in data), exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def xmlcharrefreplace_errors(exc):
    if isinstance(exc, UnicodeEncodeError):
        text = exc.object[exc.start:exc.end]
        return ("".join(f"&#{ord(c)};" for c in text), exc.end)
    raise TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "backslashreplace": backslashreplace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError(f"unknown error handler name '{name}'") from None


def _escape_char(c):
    n = ord(c)
    if n < 0x100:
        return f"\\x{n:02x}"
    if n < 0x10000:
        return f"\\u{n:04x}"
    return f"\\U{n:08x}"


def _encode_error(encoding, text, start, end, reason, errors):
    exc = UnicodeEncodeError(encoding, text, start, end, reason)
    replacement, resume = lookup_error(errors)(exc)
    if isinstance(replacement, str):
        if not replacement.isascii():
            raise exc
        replacement = replacement.encode("ascii")
    return bytes(replacement), resume


def _decode_error(encoding, data, start, end, reason, errors):
    exc = UnicodeDecodeError(encoding, bytes(data), start, end, reason)
    replacement, resume = lookup_error(errors)(exc)
    return replacement, resume


# ----- UTF-16 and UTF-32 -------------------------------------------------------

def _utf16_encode(text, errors, byteorder, bom):
    out = bytearray(BOM_UTF16_LE if byteorder == "little" else BOM_UTF16_BE) if bom else bytearray()
    for i, c in enumerate(text):
        n = ord(c)
        if 0xD800 <= n < 0xE000:
            piece, _ = _encode_error("utf-16", text, i, i + 1, "surrogates not allowed", errors)
            out += piece
            continue
        if n >= 0x10000:
            n -= 0x10000
            out += (0xD800 | (n >> 10)).to_bytes(2, byteorder)
            out += (0xDC00 | (n & 0x3FF)).to_bytes(2, byteorder)
        else:
            out += n.to_bytes(2, byteorder)
    return bytes(out)


def _utf16_decode(data, errors, byteorder, final, name="utf-16"):
    """(text, consumed, byteorder) of UTF-16 data; byteorder None reads a BOM."""
    data = bytes(data)
    i = 0
    if byteorder is None:
        if data[:2] == BOM_UTF16_LE:
            byteorder, i = "little", 2
        elif data[:2] == BOM_UTF16_BE:
            byteorder, i = "big", 2
        elif len(data) < 2 and not final:
            return "", 0, None
        else:
            byteorder = sys.byteorder
    out = []
    n = len(data)
    while i < n:
        if i + 1 >= n:
            if not final:
                break
            text, i = _decode_error(name, data, i, n, "truncated data", errors)
            out.append(text)
            continue
        unit = int.from_bytes(data[i:i + 2], byteorder)
        if 0xD800 <= unit < 0xDC00:
            if i + 3 >= n:
                if not final:
                    break
                text, i = _decode_error(name, data, i, n, "unexpected end of data", errors)
                out.append(text)
                continue
            low = int.from_bytes(data[i + 2:i + 4], byteorder)
            if 0xDC00 <= low < 0xE000:
                out.append(chr(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)))
                i += 4
                continue
            text, i = _decode_error(name, data, i, i + 2, "illegal UTF-16 surrogate", errors)
            out.append(text)
            continue
        if 0xDC00 <= unit < 0xE000:
            text, i = _decode_error(name, data, i, i + 2, "illegal encoding", errors)
            out.append(text)
            continue
        out.append(chr(unit))
        i += 2
    return "".join(out), i, byteorder


def _utf32_encode(text, errors, byteorder, bom):
    out = bytearray(BOM_UTF32_LE if byteorder == "little" else BOM_UTF32_BE) if bom else bytearray()
    for i, c in enumerate(text):
        n = ord(c)
        if 0xD800 <= n < 0xE000:
            piece, _ = _encode_error("utf-32", text, i, i + 1, "surrogates not allowed", errors)
            out += piece
            continue
        out += n.to_bytes(4, byteorder)
    return bytes(out)


def _utf32_decode(data, errors, byteorder, final, name="utf-32"):
    data = bytes(data)
    i = 0
    if byteorder is None:
        if data[:4] == BOM_UTF32_LE:
            byteorder, i = "little", 4
        elif data[:4] == BOM_UTF32_BE:
            byteorder, i = "big", 4
        elif len(data) < 4 and not final:
            return "", 0, None
        else:
            byteorder = sys.byteorder
    out = []
    n = len(data)
    while i < n:
        if i + 3 >= n:
            if not final:
                break
            text, i = _decode_error(name, data, i, n, "truncated data", errors)
            out.append(text)
            continue
        unit = int.from_bytes(data[i:i + 4], byteorder)
        if unit > 0x10FFFF or 0xD800 <= unit < 0xE000:
            reason = "code point not in range(0x110000)" if unit > 0x10FFFF else \
                "code point in surrogate code point range(0xd800, 0xe000)"
            text, i = _decode_error(name, data, i, i + 4, reason, errors)
            out.append(text)
            continue
        out.append(chr(unit))
        i += 4
    return "".join(out), i, byteorder


def utf_16_encode(text, errors="strict", byteorder=0):
    order = {0: sys.byteorder, -1: "little", 1: "big"}[byteorder]
    return _utf16_encode(text, errors, order, byteorder == 0), len(text)


def utf_16_le_encode(text, errors="strict"):
    return _utf16_encode(text, errors, "little", False), len(text)


def utf_16_be_encode(text, errors="strict"):
    return _utf16_encode(text, errors, "big", False), len(text)


def utf_16_decode(data, errors="strict", final=False):
    text, consumed, _ = _utf16_decode(data, errors, None, final)
    return text, consumed


def utf_16_le_decode(data, errors="strict", final=False):
    text, consumed, _ = _utf16_decode(data, errors, "little", final, "utf-16-le")
    return text, consumed


def utf_16_be_decode(data, errors="strict", final=False):
    text, consumed, _ = _utf16_decode(data, errors, "big", final, "utf-16-be")
    return text, consumed


def utf_32_encode(text, errors="strict", byteorder=0):
    order = {0: sys.byteorder, -1: "little", 1: "big"}[byteorder]
    return _utf32_encode(text, errors, order, byteorder == 0), len(text)


def utf_32_le_encode(text, errors="strict"):
    return _utf32_encode(text, errors, "little", False), len(text)


def utf_32_be_encode(text, errors="strict"):
    return _utf32_encode(text, errors, "big", False), len(text)


def utf_32_decode(data, errors="strict", final=False):
    text, consumed, _ = _utf32_decode(data, errors, None, final)
    return text, consumed


def utf_32_le_decode(data, errors="strict", final=False):
    text, consumed, _ = _utf32_decode(data, errors, "little", final, "utf-32-le")
    return text, consumed


def utf_32_be_decode(data, errors="strict", final=False):
    text, consumed, _ = _utf32_decode(data, errors, "big", final, "utf-32-be")
    return text, consumed


# ----- the native encodings ------------------------------------------------------

def utf_8_encode(text, errors="strict"):
    return text.encode("utf-8", errors), len(text)


def utf_8_decode(data, errors="strict", final=False):
    data = bytes(data)
    if not final:
        # Leave an incomplete sequence at the end for the next call.
        cut = len(data)
        for back in range(1, min(4, len(data)) + 1):
            b = data[-back]
            if b & 0xC0 == 0x80:
                continue
            need = 2 if b >> 5 == 6 else 3 if b >> 4 == 14 else 4 if b >> 3 == 30 else 1
            if need > back:
                cut = len(data) - back
            break
        data = data[:cut]
    return data.decode("utf-8", errors), len(data)


def latin_1_encode(text, errors="strict"):
    return text.encode("latin-1", errors), len(text)


def latin_1_decode(data, errors="strict", final=False):
    return bytes(data).decode("latin-1", errors), len(data)


def ascii_encode(text, errors="strict"):
    return text.encode("ascii", errors), len(text)


def ascii_decode(data, errors="strict", final=False):
    return bytes(data).decode("ascii", errors), len(data)


# ----- escapes -------------------------------------------------------------------

def unicode_escape_encode(text, errors="strict"):
    out = []
    for c in text:
        n = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 0x20 <= n < 0x7F:
            out.append(c)
        else:
            out.append(_escape_char(c))
    return "".join(out).encode("ascii"), len(text)


def raw_unicode_escape_encode(text, errors="strict"):
    out = bytearray()
    for c in text:
        n = ord(c)
        if n < 0x100:
            out.append(n)
        elif n < 0x10000:
            out += f"\\u{n:04x}".encode("ascii")
        else:
            out += f"\\U{n:08x}".encode("ascii")
    return bytes(out), len(text)


_SIMPLE_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\n": ""}


def unicode_escape_decode(data, errors="strict", final=True):
    data = bytes(data)
    text = data.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        if i + 1 >= n:
            piece, i = _decode_error("unicodeescape", data, i, n, "\\ at end of string", errors)
            out.append(piece)
            continue
        d = text[i + 1]
        if d in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[d])
            i += 2
        elif d in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d in "xuU":
            width = {"x": 2, "u": 4, "U": 8}[d]
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(h in "0123456789abcdefABCDEF" for h in digits) \
                    and int(digits, 16) <= 0x10FFFF:
                out.append(chr(int(digits, 16)))
                i += 2 + width
            else:
                reason = "truncated \\xXX escape" if d == "x" else \
                    f"truncated \\{'uXXXX' if d == 'u' else 'UXXXXXXXX'} escape"
                end = i + 2
                while end < n and end < i + 2 + width and text[end] in "0123456789abcdefABCDEF":
                    end += 1
                piece, i = _decode_error("unicodeescape", data, i, end, reason, errors)
                out.append(piece)
        else:
            out.append("\\" + d)
            i += 2
    return "".join(out), len(data)


def raw_unicode_escape_decode(data, errors="strict", final=True):
    data = bytes(data)
    text = data.decode("latin-1")
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == "\\" and i + 1 < n and text[i + 1] in "uU":
            width = 4 if text[i + 1] == "u" else 8
            digits = text[i + 2:i + 2 + width]
            if len(digits) == width and all(h in "0123456789abcdefABCDEF" for h in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
            piece, i = _decode_error("rawunicodeescape", data, i, i + 2 + len(digits),
                                     "truncated \\uXXXX escape", errors)
            out.append(piece)
            continue
        out.append(text[i])
        i += 1
    return "".join(out), len(data)


# ----- the registry --------------------------------------------------------------

def _stateless(name, encode, decode):
    def enc(input, errors="strict"):
        return encode(input, errors)

    def dec(input, errors="strict"):
        return decode(input, errors, True)

    class Encoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    class Decoder(BufferedIncrementalDecoder):
        def _buffer_decode(self, input, errors, final):
            return decode(input, errors, final)

    return CodecInfo(enc, dec, None, None, Encoder, Decoder, name)


def _bom_codec(name, encode, decode, encode_units, decode_units):
    """A UTF-16 or UTF-32 codec: a BOM before the first output, and the
    byte order read from the first input."""
    def dec(input, errors="strict"):
        return decode(input, errors, True)

    class Encoder(IncrementalEncoder):
        def __init__(self, errors="strict"):
            IncrementalEncoder.__init__(self, errors)
            self.started = False

        def encode(self, input, final=False):
            out = encode_units(input, self.errors, sys.byteorder, not self.started)
            self.started = True
            return out

        def reset(self):
            self.started = False

    class Decoder(BufferedIncrementalDecoder):
        def __init__(self, errors="strict"):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.order = None

        def _buffer_decode(self, input, errors, final):
            text, consumed, order = decode_units(input, errors, self.order, final)
            self.order = order
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.order = None

    return CodecInfo(encode, dec, None, None, Encoder, Decoder, name)


_ALIASES = {
    "utf8": "utf-8", "u8": "utf-8", "utf": "utf-8", "cp65001": "utf-8",
    "latin1": "latin-1", "latin": "latin-1", "l1": "latin-1", "iso-8859-1": "latin-1",
    "iso8859-1": "latin-1", "8859": "latin-1", "cp819": "latin-1",
    "us-ascii": "ascii", "646": "ascii", "us": "ascii",
    "utf16": "utf-16", "u16": "utf-16", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be",
    "utf32": "utf-32", "u32": "utf-32", "utf-32le": "utf-32-le", "utf-32be": "utf-32-be",
    "unicode-escape": "unicode_escape", "raw-unicode-escape": "raw_unicode_escape",
}


def _builtin_codec(name):
    if name == "utf-8":
        return _stateless("utf-8", utf_8_encode, utf_8_decode)
    if name == "latin-1":
        return _stateless("iso8859-1", latin_1_encode, latin_1_decode)
    if name == "ascii":
        return _stateless("ascii", ascii_encode, ascii_decode)
    if name == "utf-16":
        return _bom_codec("utf-16", utf_16_encode, utf_16_decode, _utf16_encode, _utf16_decode)
    if name == "utf-16-le":
        return _stateless("utf-16-le", utf_16_le_encode, utf_16_le_decode)
    if name == "utf-16-be":
        return _stateless("utf-16-be", utf_16_be_encode, utf_16_be_decode)
    if name == "utf-32":
        return _bom_codec("utf-32", utf_32_encode, utf_32_decode, _utf32_encode, _utf32_decode)
    if name == "utf-32-le":
        return _stateless("utf-32-le", utf_32_le_encode, utf_32_le_decode)
    if name == "utf-32-be":
        return _stateless("utf-32-be", utf_32_be_encode, utf_32_be_decode)
    if name == "unicode_escape":
        return _stateless("unicode-escape", unicode_escape_encode, unicode_escape_decode)
    if name == "raw_unicode_escape":
        return _stateless("raw-unicode-escape", raw_unicode_escape_encode, raw_unicode_escape_decode)
    return None


_search_functions = []
_cache = {}


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _normalize(encoding):
    return "-".join(encoding.lower().replace("_", "-").split())


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError(f"lookup() argument must be str, not {type(encoding).__name__}")
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    for search in _search_functions:
        info = search(encoding.lower().replace(" ", "_").replace("-", "_"))
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4 and not isinstance(info, CodecInfo):
                raise TypeError("codec search functions must return 4-tuples")
            _cache[key] = info
            return info
    info = _builtin_codec(_ALIASES.get(key, key))
    if info is None:
        raise LookupError(f"unknown encoding: {encoding}")
    _cache[key] = info
    return info


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def iterencode(iterator, encoding, errors="strict"):
    encoder = getincrementalencoder(encoding)(errors)
    for item in iterator:
        out = encoder.encode(item)
        if out:
            yield out
    out = encoder.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors="strict"):
    decoder = getincrementaldecoder(encoding)(errors)
    for item in iterator:
        out = decoder.decode(item)
        if out:
            yield out
    out = decoder.decode(b"", True)
    if out:
        yield out


def open(filename, mode="r", encoding=None, errors="strict", buffering=-1):
    import builtins
    if "b" in mode:
        return builtins.open(filename, mode)
    return builtins.open(filename, mode, encoding=encoding, errors=errors)


def _encode_other(text, encoding, errors):
    """str.encode for an encoding the interpreter does not know."""
    result = lookup(encoding).encode(text, errors)[0]
    if not isinstance(result, bytes):
        raise TypeError(f"'{encoding}' encoder returned '{type(result).__name__}' instead of "
                        "'bytes'; use codecs.encode() to encode to arbitrary types")
    return result


def _decode_other(data, encoding, errors):
    """bytes.decode for an encoding the interpreter does not know."""
    result = lookup(encoding).decode(data, errors)[0]
    if not isinstance(result, str):
        raise TypeError(f"'{encoding}' decoder returned '{type(result).__name__}' instead of "
                        "'str'; use codecs.decode() to decode to arbitrary types")
    return result
