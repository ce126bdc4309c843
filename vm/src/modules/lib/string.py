"""Character classes as strings, capwords, Template ($-substitution) and
Formatter (str.format's machinery as a class)."""

import _string
import re as _re

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


class Template:
    """A string with $name and ${name} placeholders; $$ is a literal $.

    Subclasses may change `delimiter`, `idpattern`, `braceidpattern`
    (the names allowed inside braces; `idpattern` when None) and `flags`,
    or give the whole regular expression as `pattern`, whose groups are
    named escaped, named, braced and invalid."""

    delimiter = "$"
    # ASCII letters only, even under IGNORECASE (no dotless i, no Kelvin sign).
    idpattern = r"(?-i:[_a-zA-Z][_a-zA-Z0-9]*)"
    braceidpattern = None
    flags = _re.IGNORECASE

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._compile_pattern()

    @classmethod
    def _compile_pattern(cls):
        if "pattern" in cls.__dict__:
            pattern = cls.pattern
        else:
            delimiter = _re.escape(cls.delimiter)
            braced = cls.braceidpattern or cls.idpattern
            pattern = (
                f"{delimiter}(?:"
                f"(?P<escaped>{delimiter})"
                f"|(?P<named>{cls.idpattern})"
                f"|{{(?P<braced>{braced})}}"
                f"|(?P<invalid>))"
            )
        cls.pattern = _re.compile(pattern, cls.flags | _re.VERBOSE)

    def __init__(self, template):
        self.template = template

    def _invalid(self, match):
        at = match.start("invalid")
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            col, line = 1, 1
        else:
            col = at - len("".join(lines[:-1]))
            line = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {line}, col {col}")

    def _render(self, lookup, safe):
        def replace(match):
            name = match.group("named") or match.group("braced")
            if name is not None:
                try:
                    return str(lookup(name))
                except KeyError:
                    if not safe:
                        raise
                    return match.group()
            if match.group("escaped") is not None:
                return self.delimiter
            if match.group("invalid") is not None:
                if safe:
                    return match.group()
                self._invalid(match)
            raise ValueError("Unrecognized named group in pattern", self.pattern)
        return self.pattern.sub(replace, self.template)

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

    def is_valid(self):
        """Whether every delimiter starts a valid placeholder or escape."""
        for match in self.pattern.finditer(self.template):
            if match.group("invalid") is not None:
                return False
            if (match.group("named") is None and match.group("braced") is None
                    and match.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return True

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order."""
        names = []
        for match in self.pattern.finditer(self.template):
            name = match.group("named") or match.group("braced")
            if name is not None and name not in names:
                names.append(name)
            elif (name is None and match.group("invalid") is None
                    and match.group("escaped") is None):
                raise ValueError("Unrecognized named group in pattern", self.pattern)
        return names


Template._compile_pattern()


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
