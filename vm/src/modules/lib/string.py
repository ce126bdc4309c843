"""Character classes as strings, capwords, Template ($-substitution) and
Formatter (str.format's machinery as a class)."""

import _string

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s, splitting and joining on sep."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


def _is_identifier_start(c):
    return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")


def _is_identifier_char(c):
    return _is_identifier_start(c) or ("0" <= c <= "9")


class Template:
    """A string with $name and ${name} placeholders; $$ is a literal $."""

    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _invalid(self, at):
        before = self.template[:at]
        line = before.count("\n") + 1
        col = at - (before.rfind("\n") + 1) + 1
        raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")

    def _render(self, lookup, safe):
        text = self.template
        out = []
        i = 0
        n = len(text)
        while i < n:
            c = text[i]
            if c != "$":
                out.append(c)
                i += 1
                continue
            if i + 1 < n and text[i + 1] == "$":
                out.append("$")
                i += 2
                continue
            braced = i + 1 < n and text[i + 1] == "{"
            start = i + 2 if braced else i + 1
            end = start
            if end < n and _is_identifier_start(text[end]):
                end += 1
                while end < n and _is_identifier_char(text[end]):
                    end += 1
            name = text[start:end]
            closed = not braced or (end < n and text[end] == "}")
            if not name or not closed:
                if safe:
                    out.append("$")
                    i += 1
                    continue
                self._invalid(i)
            stop = end + 1 if braced else end
            try:
                out.append(str(lookup(name)))
            except KeyError:
                if not safe:
                    raise
                out.append(text[i:stop])
            i = stop
        return "".join(out)

    @staticmethod
    def _mapping(mapping, kws):
        if mapping is None:
            return kws
        if not kws:
            return mapping
        def lookup(key):
            if key in kws:
                return kws[key]
            return mapping[key]
        return _Lookup(lookup)

    def substitute(self, mapping=None, /, **kws):
        values = self._mapping(mapping, kws)
        return self._render(lambda name: values[name], False)

    def safe_substitute(self, mapping=None, /, **kws):
        values = self._mapping(mapping, kws)
        return self._render(lambda name: values[name], True)


class _Lookup:
    def __init__(self, lookup):
        self._lookup = lookup

    def __getitem__(self, key):
        return self._lookup(key)


class Formatter:
    """str.format's machinery as methods to override: parse, get_field,
    get_value, convert_field, format_field and check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        """The formatted string and the next automatic field number (False
        once fields were numbered by hand); nested specs are expanded to
        a depth of `recursion_depth`."""
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        pieces = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                pieces.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    # CPython's message, the same both ways.
                    raise ValueError("cannot switch from manual field specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index
            )
            pieces.append(self.format_field(obj, format_spec))
        return "".join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) tuples."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name designates, and the argument it used."""
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        return obj, first
