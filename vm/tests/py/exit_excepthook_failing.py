# A sys.excepthook that raises: both exceptions are reported on stderr, the
# program's output stands, and the exit status is 1.
import sys


def hook(kind, value, tb):
    print("hook called with", kind.__name__)
    raise RuntimeError("the hook failed")


sys.excepthook = hook
print("before")
raise ValueError("original")
