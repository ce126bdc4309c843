cases = [(2.675, 2), (1.5, None), (2.5, None), (-0.5, None), (0.5, None), (1.2345, 3), (123.456, -1),
         (123.456, -2), (1e300, 2), (0.125, 2), (0.375, 2), (-1.5, 0), (5e-324, 300), (1.5, -400), (1e20, -5)]
for v, nd in cases:
    r = round(v) if nd is None else round(v, nd)
    print(v, nd, r, type(r).__name__)
for v in [float("inf"), float("nan")]:
    try:
        round(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
    print(round(v, 2))
print(round(15, -1), round(25, -1), round(-25, -1), round(123, 1), round(10**20 + 5, -1), round(7, -5))
print(round(0.5 + 1e-16), round(True), type(round(2.0, 0)).__name__)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    round("1")
except TypeError as e:
    print(type(e).__name__, e)
