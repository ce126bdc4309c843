b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__, type(b[1:2]).__name__)
print(list(b), bytes([65, 66, 67]), bytes(3), bytes("é", "utf-8"), bytes(b"copy"))
print(b + b" world", b * 2, b"ell" in b, 104 in b, b.upper(), b.split(b"l"), b.replace(b"l", b"L"))
print(b.find(b"l"), b.count(b"l"), b.startswith(b"he"), b.hex(), bytes.fromhex("6869 21"))
print(b"a,b".split(b","), b"-".join([b"x", b"y"]), b"  pad ".strip(), b"abc".decode())
print(repr(b"\x00\x01\x7f\x80\xff'\"\\\n\t"), b'"', b"'")
print(b == b"hello", b < b"help", b"" < b"a", bytes() == b"")
print(bytes(range(5)), b"abc".isalpha(), b"12".isdigit(), b"%d-%s" % (5, b"x"))
ba = bytearray(b"abc")
ba[0] = 65
ba.append(100)
ba.extend(b"ef")
ba += b"!"
print(ba, len(ba), bytes(ba), ba.pop(), ba)
del ba[0]
print(ba, bytearray(3), bytearray([1, 2]) == b"\x01\x02")
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"a" + "b"
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes("no encoding")
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"") == hash(b""), b"abc"[5:], b"x" * 0)
for byte in b"AZ":
    print(byte, chr(byte))
