def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0
    return "ok"


for kind in ["value", "type", "key", "zero", "none"]:
    try:
        result = risky(kind)
    except ValueError as e:
        print("ValueError handler:", e)
    except (TypeError, KeyError) as e:
        print("tuple handler:", type(e).__name__, e)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)
    else:
        print("no exception:", result)

# bare except catches everything
try:
    raise SystemExit(5)
except:
    print("bare except caught SystemExit")

# exception class raised without instantiation
try:
    raise IndexError
except IndexError as e:
    print(type(e).__name__, repr(e), e.args, str(e) == "")

# first matching handler wins, even if a later one is more specific
try:
    raise KeyError("k")
except LookupError:
    print("LookupError handler first")
except KeyError:
    print("never")

# handlers are tried in order; exception that doesn't match propagates
try:
    try:
        raise ZeroDivisionError("inner")
    except ValueError:
        print("wrong handler")
    print("not reached")
except ArithmeticError as e:
    print("outer caught", type(e).__name__, e)

try:
    raise 42
except TypeError as e:
    print(type(e).__name__, e)


class NotAnException:
    pass


try:
    raise NotAnException()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    print("except clause with bad type not evaluated when nothing raised")
    try:
        raise ValueError
    except "str":
        pass
except TypeError as e:
    print(type(e).__name__, e)
