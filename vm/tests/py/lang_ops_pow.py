print(2 ** 10, 2 ** 0, 0 ** 0, (-3) ** 3, (-3) ** 2)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, type(2 ** -1).__name__)
print(4 ** 0.5, 8 ** (1 / 3), 2.0 ** 3, 2 ** 3.0, 1.5 ** 2)
print(2 ** 100, (-2) ** 63, 7 ** 40)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, -1, 7))
print(0.0 ** 0, 1 ** -5, (-1) ** 1001, (-1) ** -3, 0.5 ** -2)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
x = 3
x **= 3
print(x)
print(-2 ** 2, 2 ** -2 ** 2)
