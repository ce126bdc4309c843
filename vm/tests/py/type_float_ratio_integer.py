for v in [0.0, -0.0, 1.0, 2.5, -0.75, 0.1, 1e300, 5e-324, 3.0, 1e16, -7.0]:
    print(v, v.is_integer(), v.as_integer_ratio())
for v in [float("inf"), float("-inf"), float("nan")]:
    print(v, v.is_integer())
    try:
        v.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).real, (2.5).imag, (2.5).conjugate(), float.is_integer(4.0))
n, d = (0.1).as_integer_ratio()
print(n / d == 0.1, d & (d - 1) == 0)
print(int(2.5), int(-2.5), int(1e20), int(-1e-20), round(2.5), round(3.5), round(-2.5))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
