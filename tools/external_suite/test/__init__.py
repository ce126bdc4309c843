"""The `test` package as CPython's regression tests see it when run under
Minnow: `test.support` comes from here, every other `test.X` module from
the directory of the test being run (CPython's own test directory)."""

import sys

if sys.path and sys.path[0].rstrip("/").endswith("/test") and sys.path[0] not in __path__:
    __path__.append(sys.path[0])
