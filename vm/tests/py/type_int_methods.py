# int methods and conversions: bit_length, to_bytes/from_bytes, int(),
# as_integer_ratio, pow with modulus, divmod signs.


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for n in [0, 1, -1, 255, 256, -256, 2**64, -(2**100)]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio())
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2], "big"))
show((256).to_bytes, 1, "big")
show((-1).to_bytes, 1, "big")
show((1).to_bytes, 1, "middle")
print(int("42"), int(" -7 "), int("0x1f", 16), int("1f", 16), int("0b101", 0), int("0o17", 0), int("z", 36))
print(int("1_000"), int(3.99), int(-3.99), int(True), int("10", base=2))
for bad in ["", "abc", "1.5", "0x", "1__0", "_1"]:
    show(int, bad)
show(int, "10", 1)
show(int, "10", 37)
show(int, 1.5, 10)
show(int, None)
show(int, float("inf"))
show(int, float("nan"))
print(pow(3, 4, 5), pow(2, -1, 7), pow(-3, 3), pow(2, 100) % 1000, pow(10, -2))
show(pow, 2, -1, 4)
show(pow, 2, 3, 0)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2), -7 // 2, -7 % 2)
print((10).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print(int.__name__, (3).__index__(), abs(-5), round(1234, -2), round(1250, -2), round(1350, -2))
print(1 << 70, (1 << 70) >> 69, -1 >> 5, ~5, 6 & 3, 6 | 3, 6 ^ 3)
show(lambda: 1 << -1)
print(hash(-1), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(int.from_bytes(b"", "big"), (0).to_bytes(0, "big"), (127).to_bytes(1, "big", signed=True))
print(format(255, "08b"), format(-255, "x"), format(10**20, ","), format(1234567, "_"))
