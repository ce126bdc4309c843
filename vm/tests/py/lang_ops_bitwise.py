vals = [0, 5, -5, 12, -12, 255, -256]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ -1, a << 3, a >> 1, a >> 10)
print(-1 & 0xFF, -1 >> 100, -1 << 70, 1 << 100)
print(-6 & -3, -6 | -3, -6 ^ -3, -6 & 3, -6 | 3, -6 ^ 3)
big = 2 ** 100 + 12345
print(big & 0xFFFF, big >> 90, -big >> 90, big ^ (big - 1), -big & big)
print(True & False, True | False, True ^ True, type(True & True).__name__, ~True)
print(bin(-10), hex(-255), oct(-8), bin(2 ** 70))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
