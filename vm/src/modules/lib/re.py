"""Regular expressions, as CPython's ``re``: patterns, matches, the module
functions and flags. Matching is done by the native ``_re`` module; bytes
patterns and subjects are matched as Latin-1 text, with ASCII classes."""

import _re

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall",
           "finditer", "compile", "purge", "escape", "error", "Pattern", "Match",
           "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE",
           "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]


class RegexFlag(int):
    _names = [(256, "ASCII"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
              (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG")]

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = [f"re.{name}" for bit, name in self._names if value & bit]
        rest = value & ~sum(bit for bit, _ in self._names)
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    @property
    def name(self):
        for bit, name in self._names:
            if int(self) == bit:
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)

_SEARCH, _MATCH, _FULLMATCH = 0, 1, 2


class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = f"{msg} at position {pos} (line {self.lineno}, column {self.colno})"
            else:
                msg = f"{msg} at position {pos}"
        super().__init__(msg)


class Pattern:
    __slots__ = ("pattern", "flags", "groups", "groupindex", "_index", "_bytes", "__weakref__")

    def __init__(self, pattern, flags):
        is_bytes = isinstance(pattern, (bytes, bytearray))
        if is_bytes:
            if flags & UNICODE:
                raise ValueError("cannot use UNICODE flag with a bytes pattern")
            text = pattern.decode("latin-1")
            native_flags = int(flags) | int(ASCII)
        else:
            if flags & ASCII and flags & UNICODE:
                raise ValueError("ASCII and UNICODE flags are incompatible")
            if flags & LOCALE:
                raise ValueError("cannot use LOCALE flag with a str pattern")
            text = pattern
            native_flags = int(flags)
            flags = flags | UNICODE if not flags & ASCII else flags
        try:
            index, groups, names = _re.compile(text, native_flags)
        except ValueError as e:
            raise error(str(e), pattern) from None
        self.pattern = pattern
        self.flags = RegexFlag(flags)
        self.groups = groups
        self.groupindex = dict(names)
        self._index = index
        self._bytes = is_bytes

    def _subject(self, string):
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            return bytes(string).decode("latin-1")
        if not isinstance(string, str):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string

    def _run(self, string, pos, endpos, mode):
        text = self._subject(string)
        if endpos is None or endpos > len(text):
            endpos = len(text)
        if pos < 0:
            pos = 0
        spans = _re.search(self._index, text, pos, endpos, mode)
        if spans is None:
            return None
        return Match(self, string, spans, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _SEARCH)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, _FULLMATCH)

    def finditer(self, string, pos=0, endpos=None):
        text = self._subject(string)
        if endpos is None or endpos > len(text):
            endpos = len(text)
        at = max(pos, 0)
        empty_at = -1
        while at <= endpos:
            spans = _re.search(self._index, text, at, endpos, _SEARCH)
            if spans is None:
                return
            start, end = spans[0], spans[1]
            if start == end == empty_at:
                # No empty match right where the previous match ended.
                at = start + 1
                empty_at = -1
                continue
            yield Match(self, string, spans, pos, endpos)
            at = end
            empty_at = end if start == end else -1

    def findall(self, string, pos=0, endpos=None):
        out = []
        for m in self.finditer(string, pos, endpos):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) if m.start(1) >= 0 else string[:0])
            else:
                out.append(tuple(g if g is not None else string[:0] for g in m.groups()))
        return out

    def split(self, string, maxsplit=0):
        out = []
        last = 0
        count = 0
        for m in self.finditer(string):
            if maxsplit and count >= maxsplit:
                break
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
            count += 1
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if callable(repl):
            expand = repl
        else:
            template = _parse_template(repl, self)
            if len(template) == 1 and isinstance(template[0], (str, bytes)):
                literal = template[0]
                expand = lambda m: literal
            else:
                expand = lambda m: _expand(template, m)
        pieces = []
        last = 0
        n = 0
        for m in self.finditer(string):
            if count and n >= count:
                break
            pieces.append(string[last:m.start()])
            pieces.append(expand(m))
            last = m.end()
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __repr__(self):
        flags = int(self.flags)
        if not self._bytes:
            flags &= ~int(UNICODE)
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return f"re.compile({text}, {RegexFlag(flags)!r})"
        return f"re.compile({text})"

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, int(self.flags)))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, int(self.flags)))

    def __class_getitem__(cls, item):
        return cls


class Match:
    __slots__ = ("re", "string", "pos", "endpos", "_spans")

    def __init__(self, pattern, string, spans, pos, endpos):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans

    def _group_index(self, group):
        if isinstance(group, int) and not isinstance(group, bool):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, str):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        raise IndexError("no such group")

    def _group(self, index, default=None):
        start, end = self._spans[2 * index], self._spans[2 * index + 1]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(self._group_index(groups[0]))
        return tuple(self._group(self._group_index(g)) for g in groups)

    def __getitem__(self, group):
        return self._group(self._group_index(group))

    def groups(self, default=None):
        return tuple(self._group(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._group_index(group)]

    def end(self, group=0):
        return self._spans[2 * self._group_index(group) + 1]

    def span(self, group=0):
        index = self._group_index(group)
        return self._spans[2 * index], self._spans[2 * index + 1]

    @property
    def regs(self):
        return tuple(self.span(i) for i in range(self.re.groups + 1))

    @property
    def lastindex(self):
        # The group that closed last: the one ending last, the outermost
        # of groups ending together.
        best = None
        best_end = -1
        for i in range(1, self.re.groups + 1):
            end = self._spans[2 * i + 1]
            if self._spans[2 * i] >= 0 and end > best_end:
                best, best_end = i, end
        return best

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        for name, i in self.re.groupindex.items():
            if i == index:
                return name
        return None

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={self.group(0)!r}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a",
            "b": "\b", "\\": "\\"}


def _parse_template(template, pattern):
    """A replacement template as a list of literal pieces and group indexes."""
    is_bytes = isinstance(template, (bytes, bytearray))
    text = template.decode("latin-1") if is_bytes else template
    if not isinstance(text, str):
        raise TypeError(f"expected str or bytes-like object, got '{type(template).__name__}'")
    pieces = []
    literal = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", template, i)
        d = text[i + 1]
        if d == "g":
            close = text.find(">", i + 2)
            if i + 2 >= n or text[i + 2] != "<":
                raise error("missing <", template, i + 2)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 3)
            name = text[i + 3:close]
            if not name:
                raise error("missing group name", template, i + 3)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error(f"invalid group reference {index}", template, i + 3)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError(f"unknown group name '{name}'")
                index = pattern.groupindex[name]
            else:
                raise error(f"bad character in group name '{name}'", template, i + 3)
            pieces.append("".join(literal))
            literal = []
            pieces.append(index)
            i = close + 1
        elif d.isdigit():
            j = i + 1
            if d == "0" or (j + 2 < n + 1 and text[j:j + 3].isdigit() and len(text[j:j + 3]) == 3
                            and all(ch in "01234567" for ch in text[j:j + 3])):
                digits = ""
                while j < n and len(digits) < 3 and text[j] in "01234567":
                    digits += text[j]
                    j += 1
                literal.append(chr(int(digits, 8)))
                i = j
                continue
            digits = text[j]
            j += 1
            if j < n and text[j].isdigit():
                digits += text[j]
                j += 1
            index = int(digits)
            if index > pattern.groups:
                raise error(f"invalid group reference {index}", template, i + 1)
            pieces.append("".join(literal))
            literal = []
            pieces.append(index)
            i = j
        elif d in _ESCAPES:
            literal.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error(f"bad escape \\{d}", template, i)
        else:
            literal.append("\\" + d)
            i += 2
    pieces.append("".join(literal))
    if is_bytes:
        pieces = [p.encode("latin-1") if isinstance(p, str) else p for p in pieces]
    return [p for p in pieces if not (isinstance(p, (str, bytes)) and not p)] or [pieces[0][:0]]


def _expand(template, m):
    empty = m.string[:0]
    out = []
    for piece in template:
        if isinstance(piece, int):
            value = m._group(piece)
            out.append(value if value is not None else empty)
        else:
            out.append(piece)
    return empty.join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    key = (type(pattern), pattern, flags)
    compiled = _cache.get(key)
    if compiled is None:
        compiled = Pattern(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def purge():
    _cache.clear()


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    text = bytes(pattern).decode("latin-1")
    return "".join("\\" + c if c in _SPECIAL else c for c in text).encode("latin-1")
