# // and % follow floor semantics; sign of % follows divisor
for a in (7, -7):
    for b in (2, -2):
        print(a, b, a // b, a % b, divmod(a, b))
for a in (7.5, -7.5):
    for b in (2.0, -2.0):
        print(a, b, a // b, a % b, divmod(a, b))
print(-1 // 3, -1 % 3, 1 // -3, 1 % -3)
print(-0.5 // 1, -0.5 % 1, 5.0 % -3, -5 % 3.0)
print(10 ** 20 // -3, 10 ** 20 % -3, -(10 ** 20) // 7, -(10 ** 20) % 7)
print(0 // 5, 0 % -5, -6 // 3, -6 % 3)
print(1e300 % 7, 6.0 // 0.1, 6.0 % 0.1 < 0.1)
print(-0.0 % 1.0, 0.0 % -1.0)
ops = [("//", lambda p, q: p // q), ("%", lambda p, q: p % q), ("/", lambda p, q: p / q)]
for name, op in ops:
    for num, den in ((1, 0), (1.0, 0), (1, 0.0)):
        try:
            op(num, den)
        except ZeroDivisionError as e:
            print(name, num, den, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
