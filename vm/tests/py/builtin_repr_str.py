values = [1, -2, 3.0, 1e100, "str", 'q"uote', "it's", "both'\"", "\n\t\\", "", None, True,
          [1, "a"], (1,), (), {"k": [1, 2]}, {1, 2}, set(), frozenset(), b"\x00a", range(3),
          slice(1, 2), [[]], {"nested": {"d": ()}}, ..., NotImplemented, int, 10 ** 20, -0.0]
for v in values:
    print(repr(v), "|", str(v))
print(repr("\x00\x1f\x7f"), repr("\u00ff\u0100"), repr("\U0001F600"))
print(ascii("plain"), ascii("ü→😀"), ascii(["é"]), ascii(1))
print(str(b"bytes"), str(123), str(), str("x"), repr(repr("x")))
