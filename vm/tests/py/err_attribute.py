class X:
    pass


x = X()
for obj, name in [(x, "y"), (X, "y"), (1, "foo"), ("s", "bar"), ([], "push"), ({}, "has_key"),
                  (None, "attr"), (True, "x"), (1.5, "nope"), (len, "zz"), ((), "append")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    x.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.upper()
except AttributeError as e:
    print(type(e).__name__, e)
result = None
try:
    result.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "abc".foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del x.never_set
except AttributeError as e:
    print(type(e).__name__, e)
import mod_star
try:
    mod_star.nothing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.nope
except AttributeError as e:
    print(type(e).__name__, e)
