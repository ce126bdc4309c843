e = ValueError("msg", 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(ValueError("only")), repr(ValueError("only")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
try:
    {}[("tuple", "key")]
except KeyError as ex:
    print(ex, ex.args)
try:
    {}[""]
except KeyError as ex:
    print(ex, ex.args)
se = StopIteration(7)
print(se.value, se.args)
print(StopIteration().value)
sx = SystemExit(3)
print(sx.code, SystemExit().code, SystemExit("msg").code, SystemExit(1, 2).code)
ae = AttributeError("x")
print(ae.args)
ne = NameError("name 'q' is not defined")
print(ne)
ie = ImportError("boom", name="modname")
print(ie.name, ie.msg if hasattr(ie, "msg") else "", ie)
ose = OSError(2, "No such file")
print(ose.errno, ose.strerror, str(ose), type(ose).__name__)
print(isinstance(OSError(2, "x"), FileNotFoundError))
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(ue.encoding, ue.start, ue.end, ue.reason, ue)
ex = Exception("with", "several", 3)
a, b, c = ex.args
print(a, b, c)
print(BaseException("x").with_traceback(None).args)
try:
    raise ValueError("tb check")
except ValueError as caught:
    print(caught.__traceback__ is not None, type(caught.__traceback__).__name__)
