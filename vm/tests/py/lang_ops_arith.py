# arithmetic operators on ints, floats, mixed
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +a)
x, y = 7.5, 2.0
print(x + y, x - y, x * y, x / y, x // y, x % y, x ** y, -x)
print(a + x, a * y, a / 4, 10 / 5, type(10 / 5).__name__)
print(1 + True, True + True, True * 3.0, False - 1)
# precedence
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 2 * -3)
print(10 - 3 - 2, 100 / 10 / 5, 2 ** -1, 7 // 2 * 2 + 7 % 2)
print(not 1 + 1 == 3, 1 + 2 == 3 and 4 > 3)
print(~5, ~-1, -~3, 1 << 4 + 1, 1 | 2 ^ 3 & 4)
# sequence operators
print([1, 2] + [3], [0] * 3, 3 * "ab", (1,) * 2, "x" + "y")
print([1] * 0, "abc" * -1)
# comparisons of mixed numbers
print(1 == 1.0, 1 < 1.5, 2 ** 53 + 1 == 2.0 ** 53 + 1, 0.1 + 0.2 == 0.3)
print(True == 1, False == 0, 1.0 == True, "a" == "a" != "b")
