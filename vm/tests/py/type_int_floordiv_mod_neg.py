# Floor division and modulo of ints follow the sign of the divisor.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 5), (-1, 5), (1, -5), (-1, -5),
         (10**20 + 7, 3), (-(10**20) - 7, 3), (10**20, -7), (-(10**20), -(10**9 + 7)),
         (5, 10**30), (-5, 10**30), (5, -(10**30))]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
for a, b in [(7, 0), (-7, 0), (10**30, 0)]:
    for op in ("//", "%", "divmod"):
        try:
            if op == "//":
                a // b
            elif op == "%":
                a % b
            else:
                divmod(a, b)
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
print(True // 2, True % 2, -True // 2, False % 3)
x = -17
x //= 5
print(x)
x = -17
x %= 5
print(x)
print(divmod(-1, 1), divmod(-(2**64), 2**32), divmod(2**64 + 1, -(2**32)))
