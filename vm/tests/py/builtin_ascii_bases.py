for v in ["abc", "é", "日本", "\n\t", "\x00", "emoji \U0001F600", "\u200b", ["é", b"\xff"], {"k": "ü"}, 5, None]:
    print(ascii(v), repr(v) == ascii(v))
for n in [0, 1, -1, 255, -255, 2**70, -(2**70), True]:
    print(bin(n), oct(n), hex(n), format(n, "b"), f"{n:#o}")
class Idx:
    def __index__(self):
        return 10
print(bin(Idx()), hex(Idx()), oct(Idx()))
for f in [bin, oct, hex]:
    for bad in [1.5, "1", None]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
print(int(bin(-37), 0), int(hex(2**70), 16), int(oct(8), 8), chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"))
