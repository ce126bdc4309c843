"""Character classes as strings, capwords, and Template ($-substitution)."""

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
