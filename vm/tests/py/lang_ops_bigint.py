a = 2 ** 64
b = 3 ** 50
print(a, b)
print(a + b, a - b, a * b, b // a, b % a, -b // a, -b % a)
print(a * a * a * a)
fact = 1
for i in range(1, 41):
    fact *= i
print(fact)
print(fact // (2 ** 30), fact % 1000003)
print(len(str(7 ** 500)), str(7 ** 500)[:20], str(7 ** 500)[-20:])
n = 10 ** 30
print(n - 1, -n + 1, n // 7, n % 7, divmod(-n, 13))
print(abs(-n), n == 10 ** 30, n > 2 ** 99, n < 2 ** 100, -n < 1)
print(2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 ** 62 + 2 ** 62)
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m * m)
print(int("123456789012345678901234567890") * 3)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(float(2 ** 80), int(1e20), int(-1.5e19))
print(10 ** 40 / 10 ** 38, (10 ** 40 + 1) / 10 ** 20)
print(n.bit_length(), (-n).bit_length(), (2 ** 64).bit_length())
