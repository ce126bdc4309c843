lst = [1, 2, 3]
for i in [3, -4, 100]:
    try:
        lst[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    lst[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    [][0]
except IndexError as e:
    print(type(e).__name__, e)
try:
    (1, 2)[2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "ab"[2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b"ab"[2]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(3)[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst["0"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    none = None
    "abc"[none]
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "x"
    (1,)[key]
except TypeError as e:
    print(type(e).__name__, e)
d = {"a": 1, 2: "two", (1, 2): "tuple"}
for key in ["b", 3, (1, 3), None, "", "quote'd"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.pop("x")
except KeyError as e:
    print(type(e).__name__, repr(e))
try:
    set().remove(0)
except KeyError as e:
    print(type(e).__name__, repr(e))
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError))
