# implicit chaining via __context__
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(type(e).__name__, e)
    print("context:", type(e.__context__).__name__, e.__context__)
    print("cause:", e.__cause__, "suppress:", e.__suppress_context__)

# three levels
try:
    try:
        try:
            raise ValueError("one")
        except ValueError:
            raise TypeError("two")
    except TypeError:
        raise KeyError("three")
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append("%s(%s)" % (type(cur).__name__, cur))
        cur = cur.__context__
    print(" <- ".join(chain))

# re-raising the same exception does not chain it to itself
try:
    try:
        raise ValueError("same")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e.__context__))

# bare raise re-raises current exception
try:
    try:
        raise KeyError("bare")
    except KeyError:
        raise
except KeyError as e:
    print(type(e).__name__, e, repr(e.__context__))

# context is set even when handled and new one raised in finally
try:
    try:
        raise ValueError("in try")
    finally:
        raise RuntimeError("in finally")
except RuntimeError as e:
    print(repr(e.__context__))

# no context when previous exception was fully handled
try:
    raise ValueError("handled")
except ValueError:
    pass
try:
    raise TypeError("fresh")
except TypeError as e:
    print(repr(e.__context__))

# raise outside any handler with nothing active
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
