# split() with no separator: ASCII text is split by bytes, other text by
# characters; both must agree with CPython on every whitespace character.
tests = ["", "   ", "a", " a b  c ", "\t\nx\x0by\x0cz\r", "a\x1cb\x1dc\x1ed\x1fe", "one  two\tthree\n", "x" * 5 + " " * 3 + "y", "é a b", "a\xa0b c", "a\u2003b"]
for t in tests:
    print(repr(t), t.split())
class S(str): pass
print(S(" p q ").split())
