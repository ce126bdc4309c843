# Format-spec errors name the spec and the type; grouping characters;
# printf-style precisions and %c; float formatting edge cases.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for value in (12, 12.0, "12"):
    for spec in ("%M", "z+f", "xx", ",,", "__", ",_", "_,", ",c", "_c", "_n", ",x", "_x", ",s"):
        show(format, value, spec)
show(format, 1234567, "_b")
show(format, 1234567, ",d")
show(format, 12.5, ",.2f")
show("{a:%\u042b\u0439}".format, "a")
show(lambda: "%c" % None)
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % 65)
show(lambda: "%c" % True)
show(lambda: b"%c" % None)
show(lambda: "%.*d" % (2 ** 40, 1))
show(lambda: len("%.*f" % (70000, 1.5)))
show(lambda: ("%.*f" % (70000, 1.5))[-3:])
show(lambda: len(format(1.5, ".70000e")))
show(lambda: len(format(0.1, ".2000g")))
for spec in ("%#.0f", "%#.0g", "%#.1g", "%#.2g", "%#.0e", "%#g", "%#.3g"):
    show(lambda s=spec: s % 0.0)
    show(lambda s=spec: format(0.0, s[1:]))


class FakeBytes:
    def __bytes__(self):
        return b"123"


show(lambda: b"%b|%s" % (FakeBytes(), FakeBytes()))
for s in ("++3.14", "+-3.14", "-+3.14", "--3.14", "+3.14", " -1_0.5 ", "\u0661.5", "1e+5", "1e++5"):
    show(float, s)
show(pow, 0.0, float("-inf"))
show(pow, -0.0, float("-inf"))
show(pow, 0.0, -1.0)
print(repr(75312 * 2 ** 1100 / (69187 * 2 ** 2174)))
print(repr(69187 / (75312 * 2 ** 1070)), repr(-1 / 2 ** 2000), repr(0 / -3))
print(repr((2 ** 53 + 1) / 3), repr(10 ** 400 // 7 / 10 ** 399))
show(lambda: 2 ** 1100 / 3)


class F(float):
    pass


show(lambda: type(F.fromhex("0x1p3")).__name__)
show(lambda: F.fromhex("0x1p3"))


class KwFloat(float):
    def __init__(self, value, extra=None):
        self.extra = extra


show(lambda: KwFloat(2.5, extra=3).extra)
show(lambda: float(2.5, extra=3))
show(lambda: (1).to_bytes(2, type("S", (str,), {})("little")))
