try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise ValueError("outer") from None
except ValueError as e:
    print(e.__suppress_context__, repr(e.__context__), e.__cause__)
    e.__suppress_context__ = False
    print(e.__suppress_context__)

e = RuntimeError()
print(e.__suppress_context__)
e.__cause__ = None
print(e.__suppress_context__)
e.__cause__ = ValueError()
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e.__context__ = 42
except TypeError as ex:
    print(type(ex).__name__, ex)
