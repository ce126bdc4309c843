tests = [
    lambda: int("abc"),
    lambda: int(""),
    lambda: int("1.5"),
    lambda: int("12", 2),
    lambda: int("0x10"),
    lambda: int("1__0"),
    lambda: int("_1"),
    lambda: int("10", 1),
    lambda: int("10", 37),
    lambda: int(10, 10),
    lambda: int(None),
    lambda: int([1]),
    lambda: int(float("inf")),
    lambda: int(float("nan")),
    lambda: int("  "),
    lambda: (10).to_bytes(1, "big"),
    lambda: (-1).to_bytes(1, "big"),
    lambda: 1 + "1",
    lambda: "1" + 1,
    lambda: 5 < "5",
    lambda: 2 ** "x",
    lambda: -"x",
    lambda: ~1.5,
    lambda: 10 ** 400 * 1.0,
    lambda: float(10 ** 400),
]
for t in tests:
    try:
        print("no error:", t())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
