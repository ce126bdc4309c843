class AppError(Exception):
    pass


def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("could not load " + repr(key)) from e


try:
    load("zz")
except AppError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__))
    print("context:", repr(e.__context__))
    print("suppress_context:", e.__suppress_context__)
    print(e.__cause__ is e.__context__)

# raise ... from None suppresses context display
try:
    try:
        int("x")
    except ValueError:
        raise LookupError("clean") from None
except LookupError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

# from a class: instantiated
try:
    raise RuntimeError("r") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__)

# cause set outside except block
try:
    raise ValueError("v") from TypeError("t")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

try:
    raise ValueError("v") from 5
except TypeError as e:
    print(type(e).__name__, e)

# setting __cause__ manually
err = ValueError("manual")
err.__cause__ = KeyError("cause")
print(err.__suppress_context__, repr(err.__cause__))
e2 = Exception("x")
print(e2.__cause__, e2.__context__, e2.__suppress_context__)
