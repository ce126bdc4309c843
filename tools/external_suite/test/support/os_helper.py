"""Files and the environment in tests."""

import os

TESTFN_ASCII = "@test_{}_tmp".format(os.getpid())
TESTFN = TESTFN_ASCII
TESTFN_NONASCII = None
TESTFN_UNENCODABLE = None
FS_NONASCII = ""


def unlink(filename):
    try:
        os.remove(filename)
    except OSError:
        pass


class EnvironmentVarGuard:
    def __init__(self):
        self._changed = {}

    def __getitem__(self, name):
        return os.environ[name]

    def __setitem__(self, name, value):
        if name not in self._changed:
            self._changed[name] = os.environ.get(name)
        os.environ[name] = value

    def __delitem__(self, name):
        if name not in self._changed:
            self._changed[name] = os.environ.get(name)
        if name in os.environ:
            del os.environ[name]

    def set(self, name, value):
        self[name] = value

    def unset(self, name):
        del self[name]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        for name, value in self._changed.items():
            if value is None:
                if name in os.environ:
                    del os.environ[name]
            else:
                os.environ[name] = value
        return False


class temp_cwd:
    def __init__(self, name="tempcwd", quiet=False):
        self.name = name

    def __enter__(self):
        raise __import__("unittest").SkipTest("temporary directories are not available")

    def __exit__(self, *exc):
        return False
