# breakpoint() calls sys.breakpointhook, whose default calls what
# $PYTHONBREAKPOINT names; the debugger itself is not exercised.
import os
import sys
import warnings

print(sys.breakpointhook is sys.__breakpointhook__)

calls = []


def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return "hook result"


sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, three=3))
print(calls)
sys.breakpointhook = lambda: None
try:
    breakpoint(1)
except TypeError as e:
    print("TypeError")
sys.breakpointhook = sys.__breakpointhook__

os.environ["PYTHONBREAKPOINT"] = "print"
print(breakpoint("printed", "by", "the", "hook", sep="-"))
os.environ["PYTHONBREAKPOINT"] = "os.path.join"
print(breakpoint("a", "b"))
os.environ["PYTHONBREAKPOINT"] = "0"
print(breakpoint("ignored"))
for setting in [".", "..", ".foo", "foo.", ".int", "int.", "/./", "nosuchbuiltin",
                "nosuchmodule.nosuchcallable", "os.nosuchcallable"]:
    os.environ["PYTHONBREAKPOINT"] = setting
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        print(repr(setting), breakpoint())
    print([(w.category.__name__, str(w.message)) for w in caught])
del os.environ["PYTHONBREAKPOINT"]

del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError:", e)
