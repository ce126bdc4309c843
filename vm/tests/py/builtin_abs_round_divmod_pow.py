print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0), abs(True), abs(-(10 ** 30)))
print(round(3.14159, 2), round(2.5), round(-2.5), round(1.5), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 2), round(2.675, 2))
print(round(7.0), type(round(7.0)).__name__, round(7.5, None), round(-0.5), round(0.5000001))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 8), pow(2, -1), pow(2.0, 0.5), pow(3, 4, 5), pow(-3, 3), pow(10, 20, 10 ** 9 + 7))
print(pow(3, -1, 11), pow(5, 0, 1), pow(0, 0), pow(base=2, exp=5), pow(2, 3, mod=3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    abs(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1.5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
