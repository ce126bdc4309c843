# A hand-written JSON-like serializer, pretty printer and parser (no json module).


class EncodeError(Exception):
    pass


ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def encode_string(s):
    out = ['"']
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append("\\u%04x" % ord(ch) if ord(ch) <= 0xFFFF else "\\u{%x}" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, sort_keys=False, _level=0, _seen=None):
    if _seen is None:
        _seen = []
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise EncodeError("cannot encode %r" % value)
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, (list, tuple, dict)):
        if any(v is value for v in _seen):
            raise EncodeError("circular reference")
        _seen.append(value)
        try:
            if isinstance(value, dict):
                keys = sorted(value) if sort_keys else list(value)
                for k in keys:
                    if not isinstance(k, str):
                        raise EncodeError("keys must be str, not %s" % type(k).__name__)
                parts = [encode_string(k) + ": " + dumps(value[k], indent, sort_keys, _level + 1, _seen)
                         for k in keys]
                open_, close = "{", "}"
            else:
                parts = [dumps(v, indent, sort_keys, _level + 1, _seen) for v in value]
                open_, close = "[", "]"
        finally:
            _seen.pop()
        if not parts:
            return open_ + close
        if indent is None:
            return open_ + ", ".join(parts) + close
        pad = " " * (indent * (_level + 1))
        return open_ + "\n" + ",\n".join(pad + p for p in parts) + "\n" + " " * (indent * _level) + close
    raise EncodeError("cannot encode object of type %s" % type(value).__name__)


class Parser:
    def __init__(self, text):
        self.text, self.i = text, 0

    def ws(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t\r":
            self.i += 1

    def parse(self):
        v = self.value()
        self.ws()
        if self.i != len(self.text):
            raise ValueError("extra data at %d" % self.i)
        return v

    def value(self):
        self.ws()
        ch = self.text[self.i:self.i + 1]
        if ch == "{":
            self.i += 1
            out = {}
            self.ws()
            if self.text[self.i] == "}":
                self.i += 1
                return out
            while True:
                self.ws()
                k = self.value()
                self.ws()
                self.expect(":")
                out[k] = self.value()
                self.ws()
                if self.text[self.i] == "}":
                    self.i += 1
                    return out
                self.expect(",")
        if ch == "[":
            self.i += 1
            out = []
            self.ws()
            if self.text[self.i] == "]":
                self.i += 1
                return out
            while True:
                out.append(self.value())
                self.ws()
                if self.text[self.i] == "]":
                    self.i += 1
                    return out
                self.expect(",")
        if ch == '"':
            self.i += 1
            buf = []
            while self.text[self.i] != '"':
                c = self.text[self.i]
                if c == "\\":
                    nxt = self.text[self.i + 1]
                    if nxt == "u":
                        buf.append(chr(int(self.text[self.i + 2:self.i + 6], 16)))
                        self.i += 6
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}.get(nxt, nxt))
                    self.i += 2
                    continue
                buf.append(c)
                self.i += 1
            self.i += 1
            return "".join(buf)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        start = self.i
        while self.i < len(self.text) and self.text[self.i] in "+-0123456789.eE":
            self.i += 1
        num = self.text[start:self.i]
        if not num:
            raise ValueError("unexpected %r at %d" % (ch, start))
        return float(num) if any(c in num for c in ".eE") else int(num)

    def expect(self, ch):
        if self.text[self.i] != ch:
            raise ValueError("expected %r at %d, got %r" % (ch, self.i, self.text[self.i]))
        self.i += 1


doc = {
    "name": "Minnow",
    "version": [0, 1, 0],
    "ok": True,
    "missing": None,
    "ratio": 0.25,
    "big": 2 ** 70,
    "tags": ["fast", "small", "quote\"d", "tab\tnew\nline", "caf\u00e9"],
    "nested": {"empty_list": [], "empty_dict": {}, "deep": [{"a": 1}, [2, [3.5, -1e-07]]]},
}
print(dumps(doc))
print(dumps(doc, indent=2, sort_keys=True))
text = dumps(doc, indent=4)
back = Parser(text).parse()
print(back == doc, back["tags"][4], back["nested"]["deep"][1][1])
print(Parser(' { "x" : [1, 2 , {"y": null}], "z": "\\u0041\\n" } ').parse())
loop = [1]
loop.append(loop)
for bad in [loop, {1: "int key"}, float("nan"), {"s": {1, 2}}, object()]:
    try:
        dumps(bad)
    except EncodeError as e:
        print("EncodeError:", e)
for bad_text in ['[1, 2', '{"a" 1}', "[1] x", "@"]:
    try:
        Parser(bad_text).parse()
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
