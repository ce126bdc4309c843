# format, ascii, bin, hex, oct.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for v, spec in [(3.14159, ".2f"), (42, "05d"), (42, "x"), (42, "#o"), (255, "#X"),
                ("hi", ">5"), ("hi", "*^6"), (1234567, ","), (0.5, "%"), (12, "b"),
                (-7, "+d"), (3, ""), (True, "d"), (None, ""), ([1], "")]:
    show(format, v, spec)
show(format, 5)
show(format, "x", 5)
show(format, 1, "q")
show(format, "s", "d")
show(format, None, "d")


class Custom:
    def __format__(self, spec):
        return f"Custom({spec})"


show(format, Custom(), "abc")
print(f"{Custom():xyz}")
for s in ["abc", "é", "日本", "😀", "tab\t", "quote'", 'dq"', "\x7f"]:
    show(ascii, s)
show(ascii, ["é", 1, {"ü": b"\xff"}])


class R:
    def __repr__(self):
        return "Ré"


show(ascii, R())
for n in [0, 1, -1, 255, -255, 2**70, -(2**70)]:
    print(bin(n), oct(n), hex(n))
show(bin, 1.5)
show(hex, "10")
show(oct, None)


class Idx:
    def __index__(self):
        return 10


print(bin(Idx()), oct(Idx()), hex(Idx()))
print(bin(True), hex(False))
