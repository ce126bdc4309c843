"""The parsers under str.format and string.Formatter."""


def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("expected str, got %s" % type(value).__name__)


def formatter_parser(format_string):
    """An iterator over (literal_text, field_name, format_spec, conversion)
    for each piece of a format string; the last three are None after a
    piece of literal text with no field."""
    _check_str(format_string)
    return formatteriterator(format_string)


class formatteriterator:
    def __init__(self, text):
        self._text = text
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        text = self._text
        n = len(text)
        start = self._pos
        if start >= n:
            raise StopIteration
        i = start
        while i < n and text[i] not in "{}":
            i += 1
        if i == n:
            self._pos = n
            return (text[start:], None, None, None)
        brace = text[i]
        doubled = i + 1 < n and text[i + 1] == brace
        if brace == "}" and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if brace == "{" and i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            self._pos = i + 2
            return (text[start : i + 1], None, None, None)
        literal = text[start:i]
        field_name, format_spec, conversion, self._pos = _parse_field(text, i + 1)
        return (literal, field_name, format_spec, conversion)


def _parse_field(text, i):
    """(field_name, format_spec, conversion, end) of the field starting
    after its '{' at i."""
    n = len(text)
    name_start = i
    c = ""
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while i < n and text[i] != "]":
                i += 1
            continue
        if c in "}:!":
            break
    else:
        c = ""
    if c not in ("}", ":", "!"):
        raise ValueError("expected '}' before end of string")
    field_name = text[name_start : i - 1]
    if c == "}":
        return field_name, "", None, i
    conversion = None
    if c == "!":
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = text[i]
        i += 1
        if i < n:
            c = text[i]
            i += 1
            if c == "}":
                return field_name, "", conversion, i
            if c != ":":
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = text[i]
        i += 1
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return field_name, text[spec_start : i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _key(text):
    return int(text) if text.isdecimal() else text


def formatter_field_name_split(field_name):
    """(first, rest) of a field name such as 'a.b[0]': first is 'a' (an int
    if all digits), rest an iterator over (is_attribute, key) pairs."""
    _check_str(field_name)
    i = 0
    n = len(field_name)
    while i < n and field_name[i] not in ".[":
        i += 1
    return _key(field_name[:i]), fieldnameiterator(field_name, i)


class fieldnameiterator:
    def __init__(self, text, pos):
        self._text = text
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        text = self._text
        n = len(text)
        i = self._pos
        if i >= n:
            raise StopIteration
        if text[i] == ".":
            start = i + 1
            end = start
            while end < n and text[end] not in ".[":
                end += 1
            if end == start:
                raise ValueError("Empty attribute in format string")
            self._pos = end
            return (True, text[start:end])
        start = i + 1
        end = text.find("]", start)
        if end < 0:
            raise ValueError("Missing ']' in format string")
        if end == start:
            raise ValueError("Empty attribute in format string")
        if end + 1 < n and text[end + 1] not in ".[":
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        self._pos = end + 1
        return (False, _key(text[start:end]))
