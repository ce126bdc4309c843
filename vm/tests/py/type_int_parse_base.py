cases = [("10",), ("  42  ",), ("\t-17\n",), ("+5",), ("1_000_000",), ("0x1f", 16), ("1f", 16),
         ("0b101", 0), ("0o17", 0), ("0x_ff", 0), ("0", 0), ("00", 0), ("1_0", 0), ("z", 36),
         ("Z", 36), ("-0b11", 2), ("0b11", 2), ("0o7_7", 8), (" 1_2 ", 10),
         ("99999999999999999999999999", ), ("-0x" + "f" * 30, 16), ("10", 2), ("10", 3)]
for c in cases:
    print(repr(c), int(*c))
bad = [("",), ("  ",), ("1__0",), ("_1",), ("1_",), ("0x",), ("08", 0), ("012", 0), ("1.5",),
       ("12", 2), ("0b2", 0), ("10", 1), ("10", 37), ("10", -1), ("abc",), ("0x1f",), ("1 2",),
       ("++1",), ("- 1",), ("0b_", 0), ("z", 35)]
for c in bad:
    try:
        print(repr(c), int(*c))
    except ValueError as e:
        print(repr(c), type(e).__name__, e)
for c in [(1.5, 10), (10, 10), (None,), ([1],)]:
    try:
        print(repr(c), int(*c))
    except TypeError as e:
        print(repr(c), type(e).__name__, e)
print(int(b"12"), int(bytearray(b" 7 ")), int(b"ff", 16), int("0", 16), int(x="5") if False else 0)
print(int(), int(3.99), int(-3.99), int(True), int("-0"), int(" +0_0 "))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int("0", base=0), int("11", base=2))
