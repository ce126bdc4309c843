print(pow(2, 10), pow(2, -1), pow(-2, 3), pow(-2, -2), pow(0, 0))
print(pow(3, 4, 5), pow(3, 200, 7), pow(2, 10**5, 10**9 + 7), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(3, -1, 7), pow(2, -3, 11), pow(-5, -1, 13), pow(5, -2, 13), pow(7, -1, -10))
print(pow(10**30, -1, 10**9 + 9), pow(1, 0, 1), pow(5, 0, 1), pow(0, 0, 7))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(2 ** 100, (-2) ** 101, 2 ** -2, 10 ** -3)
print(pow(base=2, exp=5), pow(2, exp=5, mod=3))
