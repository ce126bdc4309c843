e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second")
print(e.__notes__, str(e), repr(e), e.args)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise KeyError("k")
except KeyError as err:
    err.add_note("while looking")
    print(err.__notes__, err.__traceback__ is not None, type(err.__traceback__).__name__)
    tb = err.__traceback__
    print(tb.tb_lineno, tb.tb_next is None)
def inner():
    raise RuntimeError("deep")
def outer():
    inner()
try:
    outer()
except RuntimeError as err:
    tb = err.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    saved = err.__traceback__
err2 = TypeError("x")
print(err2.__traceback__)
r = err2.with_traceback(saved)
print(r is err2, err2.__traceback__ is saved)
print(err2.with_traceback(None).__traceback__)
try:
    err2.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    err2.__traceback__ = "x"
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError("v")
    except ValueError as v:
        raise v.with_traceback(None)
except ValueError as v:
    print("reraised", v.__traceback__ is not None)
x = Exception()
x.__notes__ = "not a list"
try:
    x.add_note("n")
except TypeError as err:
    print(type(err).__name__, err)
