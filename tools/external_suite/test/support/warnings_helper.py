"""Checking for warnings: this interpreter issues none from its builtins,
so the checks that expect one fail, and the others pass."""


class _Recorder:
    def __init__(self, expected=()):
        self.warnings = []
        self.expected = expected

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None and self.expected:
            raise AssertionError("filter %r did not catch any warning" % (self.expected[0],))
        return False

    def reset(self):
        self.warnings = []


def check_warnings(*filters, quiet=None):
    if not filters or quiet:
        return _Recorder()
    return _Recorder(filters)


def check_no_warnings(testcase, message="", category=Warning, force_gc=False):
    return _Recorder()


def check_syntax_warning(testcase, statement, errtext="", *, lineno=1, offset=None):
    compile(statement, "<testcase>", "exec")


def ignore_warnings(*, category):
    return lambda f: f
