# An uncaught exception goes to a program's own sys.excepthook, which gets
# the class, the exception and its traceback; the exit status stays 1.
import sys


def hook(kind, value, tb):
    print("hook:", kind.__name__, value, tb is value.__traceback__)
    print("innermost line:", tb.tb_next.tb_lineno if tb.tb_next else tb.tb_lineno)
    print("default still there:", sys.__excepthook__ is not hook)


sys.excepthook = hook


def fail():
    raise KeyError("missing")


print("before")
fail()
print("not reached")
