"""Formatting and printing exceptions with their tracebacks.

The entries come from the interpreter's own printer of uncaught
exceptions, so the text is the same as at the top level. Tracebacks
are formatted whole: `limit` is accepted and ignored, and the lists
returned hold one line per item.
"""

import sys
import _traceback

__all__ = ["format_exception", "format_exception_only", "format_exc",
           "print_exception", "print_exc"]

_absent = object()


def _pick(exc, value):
    # The three-argument form (type, value, tb) names the exception second.
    return exc if value is _absent else value


def format_exception(exc, /, value=_absent, tb=_absent, limit=None, chain=True):
    exc = _pick(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return _traceback.format(exc).splitlines(True)


def format_exception_only(exc, /, value=_absent):
    exc = _pick(exc, value)
    if exc is None:
        return ["NoneType: None\n"]
    return [_traceback.format_only(exc) + "\n"]


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exc_info()[1]))


def print_exception(exc, /, value=_absent, tb=_absent, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    file.write("".join(format_exception(exc, value)))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exc_info()[1], file=file)
