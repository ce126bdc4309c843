cases = [
    ("1 / 0", lambda: 1 / 0),
    ("1 // 0", lambda: 1 // 0),
    ("1 % 0", lambda: 1 % 0),
    ("1.0 / 0", lambda: 1.0 / 0),
    ("1 / 0.0", lambda: 1 / 0.0),
    ("1.5 // 0.0", lambda: 1.5 // 0.0),
    ("1.5 % 0", lambda: 1.5 % 0),
    ("divmod(1, 0)", lambda: divmod(1, 0)),
    ("divmod(1.0, 0.0)", lambda: divmod(1.0, 0.0)),
    ("10**30 / 0", lambda: 10 ** 30 / 0),
    ("10**30 // 0", lambda: 10 ** 30 // 0),
    ("0 ** -1", lambda: 0 ** -1),
    ("pow(0, -2)", lambda: pow(0, -2)),
    ("True / False", lambda: True / False),
]
for label, fn in cases:
    try:
        fn()
    except ZeroDivisionError as e:
        print(label, "->", type(e).__name__ + ":", e)
x = 0
try:
    x /= 0
except ZeroDivisionError as e:
    print("x /= 0 ->", e)
print(isinstance(ZeroDivisionError(), ArithmeticError))
