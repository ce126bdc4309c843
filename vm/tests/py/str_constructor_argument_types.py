# str(object, encoding, errors): the encoding and errors must be strs
# (checked before the object), then the object must be bytes-like.
cases = [(b"x", 1), (b"x", "utf-8", 2), ("x", "utf-8"), (1, "utf-8"), (b"x", None),
         (b"caf\xc3\xa9", "utf-8"), (b"caf\xe9", "latin-1", "strict"), (bytearray(b"ab"), "ascii"),
         (b"\xff", "ascii", "replace"), ("s", ("t",), {})]
for args in cases:
    try:
        print(repr(str(*args)))
    except (TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
for kwargs in ({"errors": 3}, {"encoding": b"utf-8"}, {"object": b"q", "encoding": "ascii"}, {"errors": "strict"}):
    try:
        print(repr(str(b"z", **kwargs) if "object" not in kwargs else str(**kwargs)))
    except TypeError as e:
        print("TypeError:", e)
