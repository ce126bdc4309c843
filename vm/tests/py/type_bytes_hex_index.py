# bytes.fromhex, hex separators, __bytes__, bytes formatting with a
# mapping, and the errors of bytes and bytearray conversions.


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


show(bytes.fromhex, " 1A\n2B\t30\v")
show(bytes.fromhex, "\x0c")
for bad in ["\x1c", "\x85", "\u2000", "a", "rt", "1a b cd", "12   \x00   34", "1\u00e9"]:
    show(bytes.fromhex, bad)
show(bytearray.fromhex, "0102")


class B(bytes):
    def __new__(cls, value):
        print("new", type(value).__name__, value)
        return super().__new__(cls, value)


class BA(bytearray):
    pass


show(lambda: type(B.fromhex("41")).__name__)
show(lambda: type(BA.fromhex("41")).__name__)
show(b"\xb9\x01\xef".hex, ":", 2)
show(b"\xb9\x01\xef".hex, "\xff")
show(b"\xb9\x01\xef".hex, b"\x80")
show(b"\xb9\x01\xef".hex, "xx")
show(b"abc".__bytes__)
show(lambda: type(B(b"ab").__bytes__()).__name__)


class S(str):
    def __bytes__(self):
        return b"from __bytes__"


show(bytes, S("abc"))
show(bytes, S("\u20ac"), "utf-8")
show(bytes, S("abc"), "ascii", "strict")
show(lambda: b"%(foo)b and %(bar)s" % {b"foo": b"abc", b"bar": b"x"})
show(lambda: b"%(foo)b" % {"foo": b"abc"})
show(lambda: bytearray(b"a")["a"])
key = "a"
show(lambda: b"a"[key])
a = b"abc"
print(a * 1 is a, "xy" * 1 == "xy", bytearray(a) * 1 is not a)
show(b"a\tb".expandtabs, 4, 4)
show(b"a\nb".splitlines, True, True)
show("a\tb".expandtabs, 4, 4)
show("a\nb".splitlines, True, True)
show("hello".find, "x", None, None, None)
show("hello".count, "x", None, None, None)
show("hello".startswith, "x", None, None, None)
show(str, b"\xc2\xa2", errors="strict")
show(str, b"Andr\x82 x", "ascii", "ignore")
show(str, object="foo")
show(str, b"abc", encoding="ascii")
show(str, "abc", "utf-8")
show(str, 1, "utf-8")
show(str, b"a", "utf-8", "strict", 1)


def local_eval():
    val = b"1234"
    return eval("val.split()[0]"), eval("val + other", {"other": b"!"}, {"val": val})


show(local_eval)
