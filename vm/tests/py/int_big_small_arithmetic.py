# +, -, *, // and % where one side is a big int, across the small/big
# boundary and every sign combination, checked by value.
seed = 12345


def next_int(bits):
    global seed
    value = 0
    for _ in range(bits // 31 + 1):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        value = (value << 31) | seed
    value &= (1 << bits) - 1
    return -value if seed & 1 else value


edges = [0, 1, -1, 2**60 - 1, 2**60, -2**60, -2**60 - 1, 2**61 - 1, -2**61,
         2**63, -2**63, 2**64 - 1, 2**64, -2**64, 2**128 + 7, -(2**128) - 7,
         10**40, -10**40]
values = edges + [next_int(bits) for bits in (62, 64, 65, 127, 128, 129, 200, 400) for _ in range(6)]
divisors = [1, -1, 2, -2, 3, -7, 10**9, -10**9, 2**59, -2**59, 2**60 - 1, -2**60]

lines = 0
for x in values:
    for y in values[:24]:
        s, d = x + y, x - y
        assert s - y == x and d + y == x, (x, y)
        lines += 1
    for m in divisors:
        q, r = x // m, x % m
        assert q * m + r == x, (x, m)
        assert (r == 0) or ((r < 0) == (m < 0)), (x, m, r)
        assert abs(r) < abs(m)
        assert x * m == m * x
        lines += 1
print(lines)
print(2**64 + 2**64, 2**64 - 2**65, -(2**64) - 1, 2**64 - 2**64, 2**61 - 2**62)
print(10**30 * -3, (10**30) // 7, (10**30) % 7, (-10**30) // 7, (-10**30) % 7)
print((10**30) // -7, (10**30) % -7, (-10**30) // -7, (-10**30) % -7)
print(type(2**64 - 2**64 + 5), 2**100 // 2**40, (2**64 * 3) // 3 == 2**64)
x = 1
for k in range(2, 60):
    x *= k
print(x, x // 10**30, x % 1000003)
acc = 0
for v in values:
    acc = (acc * 31 + v // 3 + v % 11 + v * 5 - v) % (2**89 - 1)
print(acc)
