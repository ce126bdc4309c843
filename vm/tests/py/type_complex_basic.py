# complex: literals, construction, arithmetic, repr, hash and errors.
values = [1j, 2 + 3j, -1.5j, complex(1, -2), complex("1+2j"), complex(" (3-4J) "), complex(2),
          complex(0.0, -0.0), complex(-0.0, 0.0), complex("inf-nanj")]
for v in values:
    print(repr(v), str(v), v.real, v.imag, type(v).__name__)
a, b = 1 + 2j, 3 - 4j
print(a + b, a - b, a * b, a / b, -a, +a, abs(b), a.conjugate())
print(a + 1, 1 + a, a * 2.5, 2 / a, a ** 2, a ** -1, 2 ** a, a ** 0.5, (1j) ** (1j))
print(a == 1 + 2j, a != b, complex(3, 0) == 3, 1j == 0, bool(0j), bool(1j))
print(hash(complex(3, 0)) == hash(3), hash(1 + 2j), hash(-1j))
print(isinstance(1j, complex), complex(a) is a, format(1 + 2j, ".2f"), f"{a}")
print(sum([1j, 2, 0.5]), sorted([3, 1, 2], key=lambda x: (x * 1j).imag))
for bad in ["", "1+", "j1", "1 + 2j", "(1+2j", "x"]:
    try:
        complex(bad)
    except ValueError as e:
        print("ValueError", repr(bad), e)
for make in [lambda: complex([]), lambda: complex(1, "2"), lambda: complex("1", 2),
             lambda: a // 2, lambda: a % 2, lambda: a < b, lambda: int(a), lambda: pow(a, 2, 3),
             lambda: 1 / 0j, lambda: 0j ** -1]:
    try:
        make()
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
