cases = [(5, "s"), (5, ".2d"), (5, "=s" if False else "+c"), ("a", "d"), ("a", "+"), ("a", "="), ("a", ",s" if False else "05"),
         (1.5, "d"), (1.5, "x"), (1.5, "c"), (5, ",_"), (5, "_,"), (5, ",b"), ("a", ","), (5, "#c"), (1.5, "#,"), (-1, "c"),
         (0x110000, "c"), ([1], "5"), (None, "x"), (object, "d"), (5, "1" * 30), (5, ".%"), ("a", "x")]
for v, spec in cases:
    try:
        print(repr(v), repr(spec), repr(format(v, spec)))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(v), repr(spec), type(e).__name__, e)
for call in [lambda: format(5, 5), lambda: "{:d}".format("x"), lambda: "{0:{1}}".format(1, "q"), lambda: f"{3:!<}",
             lambda: "{}".format(), lambda: "{0}{1}".format(1), lambda: "{a}".format(b=1), lambda: "{:".format(1), lambda: "}".format()]:
    try:
        print(repr(call()))
    except (ValueError, TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
