for n, length, order, signed in [(1024, 2, "big", False), (1024, 2, "little", False), (0, 1, "big", False),
                                 (-1, 1, "big", True), (-1, 4, "little", True), (127, 1, "big", True),
                                 (-128, 1, "big", True), (255, 1, "big", False), (2**64 - 1, 8, "big", False),
                                 (-(2**63), 8, "little", True), (1, 0, "big", False) if False else (0, 0, "big", False)]:
    b = n.to_bytes(length, order, signed=signed)
    print(n, b, int.from_bytes(b, order, signed=signed))
for n, length, signed in [(256, 1, False), (-1, 1, False), (128, 1, True), (-129, 1, True), (1, 0, False)]:
    try:
        n.to_bytes(length, "big", signed=signed)
    except OverflowError as e:
        print(n, length, type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(-1, "big")
except ValueError as e:
    print(type(e).__name__, e)
print((1).to_bytes(), (65).to_bytes(2), (258).to_bytes(2, byteorder="little"))
print(int.from_bytes(b"\xff\xfe", "big"), int.from_bytes(b"\xff\xfe", "little", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x80"), "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x01"), int.from_bytes(b"\x01" * 20, "little"))
try:
    int.from_bytes(b"\x01", "sideways")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes("ab", "big")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x01\x00", "big")
print(type(r).__name__, r)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
