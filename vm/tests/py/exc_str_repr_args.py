cases = [Exception(), Exception("a"), Exception("a", 1), Exception(None), ValueError(""), KeyError("k"), KeyError(), KeyError(1, 2),
         IndexError(3), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError("plain"), StopIteration(5),
         SystemExit(3), UnicodeError("u"), AttributeError("attr"), NameError("n"), ArithmeticError(), BaseException("b", "c")]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
print(StopIteration(7).value, StopIteration().value, SystemExit(4).code, SystemExit().code, SystemExit(1, 2).code)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, type(OSError(2, "x")).__name__)
e = Exception("x")
e.args = ("y", 2)
print(e, e.args)
e.args = "ab"
print(e.args)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(5)
print(str(m), repr(m), m.args, m.code)
class Quiet(Exception):
    def __str__(self):
        return "quiet!"
print(str(Quiet("loud")), repr(Quiet("loud")))
print(repr(ValueError("it's")), repr(ValueError('say "hi"')), str(KeyError("")), str(KeyError("a'b")))
