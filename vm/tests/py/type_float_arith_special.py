inf, nan = float("inf"), float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * -1, inf / 1e308, 1 / inf, -1 / inf, nan == nan, nan != nan, nan < 1, inf > 1e308)
print(-0.0 == 0.0, str(-0.0), 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -(0.0), 1e308 * 10, -1e308 * 10, 2.0 ** 0.5)
print(7.5 // 2, -7.5 // 2, 7.5 % -2, -7.5 % 2, divmod(-7.5, 2), 5 % 0.5, -0.0 % 5, 0.0 % -5, 1e300 % 3.0, inf % 2 if False else 0)
print(divmod(7, -2.5), 3.0 // 0.7, 1.0 % 0.1, -1e-300 % 1, (-1.0) ** 2, (-8.0) ** 3, 0.0 ** 0, 10.0 ** -2)
for call in [lambda: 1.0 / 0, lambda: 1.0 // 0, lambda: 1.0 % 0, lambda: 0.0 ** -1, lambda: 10.0 ** 1000, lambda: inf % 0]:
    try:
        print(call())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 1e16 + 1 == 1e16, 2**53 + 1.0 == 2**53, float(2**53 + 1) == 2**53, 1 == 1.0, 2**60 == float(2**60))
print(10**20 < 1e20 + 1, 10**400 > inf, -10**400 < -inf, 10**400 == inf, (2**1024 - 1) < inf, nan in [nan], 1.5 in [1, 1.5])
print(int(1e20), int(-1.5), float(10**20) == 10**20, 1e20 == 10**20, 2**63 == 9.223372036854776e18, 9007199254740993 == 9007199254740992.0)
