# struct: formats, byte orders, alignment, ranges, floats of every width,
# buffers and offsets, with CPython's errors.
import struct

print(struct.calcsize("@bid"), struct.calcsize("=bid"), struct.calcsize("@bihq"), struct.calcsize("5x2s"), struct.calcsize("P"), struct.calcsize("@b?e"))
print(struct.pack(">hHiIqQ", -1, 2, -3, 4, -5, 6))
print(struct.unpack(">hHiIqQ", struct.pack(">hHiIqQ", -1, 2, -3, 4, -5, 6)))
print(struct.pack("<i i", 1, 2), struct.pack("@ci", b"a", 1), struct.pack("2c", b"a", b"b"), struct.pack(b"!H", 258))
print(struct.pack("2s", bytearray(b"ab")), struct.pack("3s", b"abcdef"), struct.pack("5p", b"abcdef"), struct.pack("5p", b"ab"), struct.pack("x"), struct.pack("?", []))
print(struct.unpack("3p", b"\x05ab"), struct.unpack("?", b"\x05"), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<e", b"\x00\x3c"))
for value in (1.5, -0.0, 0.1, 65504.0, 65519.99, 1e-7, 6e-8, 3.4028235e38, 1e-46, float("inf"), float("-inf")):
    row = []
    for fmt in ("<e", ">f", "<d"):
        try:
            data = struct.pack(fmt, value)
            row.append((data.hex(), struct.unpack(fmt, data)[0]))
        except OverflowError as e:
            row.append(str(e))
    print(value, row)
print(struct.pack("f", 1e300), struct.unpack("<f", struct.pack("<f", float("nan")))[0])
for fmt, value in [("h", 40000), ("<H", -1), ("b", 200), ("B", 256), ("i", 2**31), ("<I", 2**32), ("I", -1), ("<l", 2**31), ("q", 2**63), ("<Q", -1), ("n", 2**63), ("P", 2**64), ("i", 1.5), ("i", "1"), ("d", "1"), ("c", b"ab"), ("c", bytearray(b"a")), ("s", "a"), ("e", 1e10)]:
    try:
        struct.pack(fmt, value)
    except (struct.error, OverflowError) as e:
        print(fmt, value, type(e).__name__, e)
for call in (
    lambda: struct.pack("i"),
    lambda: struct.pack("i", 1, 2),
    lambda: struct.pack("z", 1),
    lambda: struct.pack("3"),
    lambda: struct.pack("<n", 1),
    lambda: struct.unpack("i", b"abc"),
    lambda: struct.unpack("i", "abcd"),
    lambda: struct.calcsize("\0"),
    lambda: struct.Struct(3),
):
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)


class Index:
    def __index__(self):
        return 7


print(struct.pack("i", Index()), struct.pack("d", Index()), struct.pack("i", True), struct.pack("d", 1))
s = struct.Struct("<hi")
print(s.format, s.size, s.pack(1, 2), s.unpack(b"\x01\x00\x02\x00\x00\x00"))
buf = bytearray(10)
s.pack_into(buf, 2, -1, 7)
struct.pack_into(">h", buf, -2, 258)
print(buf, s.unpack_from(buf, 2), struct.unpack_from("<h", buf, offset=-2), struct.unpack_from("b", bytes(buf)))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
for call in (
    lambda: struct.unpack_from("i", b"abcdefg", 4),
    lambda: struct.unpack_from("i", b"abcdefg", -3),
    lambda: struct.unpack_from("i", b"abcdefg", -10),
    lambda: struct.pack_into("i", bytearray(5), 3, 1),
    lambda: struct.pack_into("i", bytearray(5), -3, 1),
    lambda: struct.pack_into("i", bytearray(5), -10, 1),
    lambda: struct.pack_into("i", b"aaaaa", 0, 1),
    lambda: struct.iter_unpack("h", b"abc"),
    lambda: struct.iter_unpack("", b"abc"),
):
    try:
        call()
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(issubclass(struct.error, Exception), struct.error.__module__)
