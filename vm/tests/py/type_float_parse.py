ok = ["1", " 1e3 ", "\t-2.5\n", "+.5", "5.", "1_000.5", "1e-3", "1E+3", "inf", "-inf", "+inf", "Infinity",
      "-iNfInItY", "nan", "-NaN", "+nan", "0x1p3" if False else "3", "1_0e1_0", "00.5", "١٫٥" if False else "7"]
for s in ok:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1e", "e3", "1.2.3", "1__0", "_1", "1_", "1e_3", "0x10", "infinit", "nanx", "- 1", "1 2", "."]
for s in bad:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for v in [None, [1], "1j"]:
    try:
        print(float(v))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(float(), float(3), float(-0), float(True), float(b"2.5"), float(bytearray(b" -1 ")), float(10**20))
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 4.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return 1
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
