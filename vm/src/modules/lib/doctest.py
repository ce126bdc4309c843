"""Running the interactive examples written in docstrings.

The examples of a module's docstrings (and of its `__test__` dict) are
run in a copy of the module's globals, and what each prints (or the repr
of its value) is compared with the text written after it. An expected
traceback matches on its last line. The options `ELLIPSIS` and
`NORMALIZE_WHITESPACE` are honoured, from `optionflags` or from
`# doctest: +NAME` comments; other options are accepted and ignored.
"""

import sys
import unittest

__all__ = ["DocTestSuite", "DocFileSuite", "testmod", "run_docstring_examples", "ELLIPSIS",
           "NORMALIZE_WHITESPACE", "IGNORE_EXCEPTION_DETAIL", "DONT_ACCEPT_TRUE_FOR_1",
           "DONT_ACCEPT_BLANKLINE", "SKIP", "REPORT_NDIFF", "REPORT_ONLY_FIRST_FAILURE",
           "FAIL_FAST", "TestResults"]

DONT_ACCEPT_TRUE_FOR_1 = 1
DONT_ACCEPT_BLANKLINE = 2
NORMALIZE_WHITESPACE = 4
ELLIPSIS = 8
SKIP = 16
IGNORE_EXCEPTION_DETAIL = 32
REPORT_UDIFF = 64
REPORT_CDIFF = 128
REPORT_NDIFF = 256
REPORT_ONLY_FIRST_FAILURE = 512
FAIL_FAST = 1024
_FLAGS = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, int)}


class TestResults(tuple):
    def __new__(cls, failed, attempted):
        return tuple.__new__(cls, (failed, attempted))

    @property
    def failed(self):
        return self[0]

    @property
    def attempted(self):
        return self[1]


class _Example:
    def __init__(self, source, want, lineno, options):
        self.source = source
        self.want = want
        self.lineno = lineno
        self.options = options


def _examples(text):
    examples = []
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        stripped = lines[i].lstrip()
        if not stripped.startswith(">>>"):
            i += 1
            continue
        indent = len(lines[i]) - len(stripped)
        lineno = i
        source = [stripped[4:] if len(stripped) > 3 else ""]
        i += 1
        while i < len(lines) and lines[i][indent:].startswith("..."):
            source.append(lines[i][indent + 4:])
            i += 1
        want = []
        while i < len(lines):
            line = lines[i]
            if not line.strip() or line.lstrip().startswith(">>>"):
                break
            want.append(line[indent:])
            i += 1
        options = 0
        first = source[0]
        if "# doctest:" in first:
            for word in first.split("# doctest:")[1].replace(",", " ").split():
                flag = _FLAGS.get(word[1:])
                if flag is not None:
                    options = options | flag if word[0] == "+" else options & ~flag
        want_text = "\n".join(want) + "\n" if want else ""
        examples.append(_Example("\n".join(source) + "\n", want_text.replace("<BLANKLINE>", ""),
                                 lineno, options))
    return examples


def _ellipsis_match(want, got):
    pieces = want.split("...")
    if not got.startswith(pieces[0]):
        return False
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        found = got.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return got.endswith(pieces[-1]) and len(got) - len(pieces[-1]) >= at


def _matches(want, got, options):
    if want == got:
        return True
    if options & NORMALIZE_WHITESPACE:
        want = " ".join(want.split())
        got = " ".join(got.split())
        if want == got:
            return True
    if options & ELLIPSIS and "..." in want:
        return _ellipsis_match(want, got)
    return False


class _Output:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def take(self):
        text = "".join(self.parts)
        self.parts = []
        return text


def _run_examples(examples, globs, name, optionflags, out):
    """Runs the examples; returns (failures, tried)."""
    failures = 0
    tried = 0
    captured = _Output()
    for example in examples:
        options = optionflags | example.options
        if options & SKIP:
            continue
        tried += 1
        saved = sys.stdout
        sys.stdout = captured
        exception = None
        try:
            try:
                code = compile(example.source, "<doctest %s[%d]>" % (name, tried - 1), "single")
            except SyntaxError:
                code = compile(example.source, "<doctest %s[%d]>" % (name, tried - 1), "exec")
            exec(code, globs)
        except KeyboardInterrupt:
            raise
        except BaseException as e:
            exception = e
        finally:
            sys.stdout = saved
        got = captured.take()
        want = example.want
        if exception is not None:
            ok = False
            if "Traceback (most recent call last):" in want or want.startswith("Traceback"):
                last = [line for line in want.split("\n") if line.strip()][-1]
                actual = "%s: %s" % (type(exception).__qualname__, exception)
                if str(exception) == "":
                    actual = type(exception).__qualname__
                short = last.split(".")[-1] if "." in last.split(":")[0] else last
                ok = _matches(last, actual, options) or _matches(short, actual, options)
                if not ok and options & IGNORE_EXCEPTION_DETAIL:
                    ok = last.split(":")[0].split(".")[-1] == type(exception).__name__
            if not ok:
                failures += 1
                out.append("Failed example:\n    %s\nException raised:\n    %s: %s\n" % (
                    example.source.strip(), type(exception).__name__, exception))
        elif not _matches(want, got, options):
            failures += 1
            out.append("Failed example:\n    %s\nExpected:\n    %s\nGot:\n    %s\n" % (
                example.source.strip(), want.strip() or "nothing", got.strip() or "nothing"))
        if failures and options & FAIL_FAST:
            break
    return failures, tried


def _docstrings(module):
    """(name, text) of each docstring with examples: the module's, its
    classes' and functions' (with their methods), and `__test__`'s."""
    found = []
    prefix = module.__name__

    def visit(name, obj, seen):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        doc = getattr(obj, "__doc__", None)
        if isinstance(doc, str) and ">>>" in doc:
            found.append((name, doc))
        if isinstance(obj, type):
            for attr, value in sorted(obj.__dict__.items()):
                if isinstance(value, (staticmethod, classmethod)):
                    value = value.__func__
                if (callable(value) or isinstance(value, type)) and getattr(value, "__module__", None) == module.__name__:
                    visit("%s.%s" % (name, attr), value, seen)

    seen = set()
    doc = module.__doc__
    if isinstance(doc, str) and ">>>" in doc:
        found.append((prefix, doc))
        seen.add(id(module))
    for attr, value in sorted(vars(module).items()):
        if (callable(value) or isinstance(value, type)) and getattr(value, "__module__", None) == module.__name__:
            visit("%s.%s" % (prefix, attr), value, seen)
    for attr, value in sorted(getattr(module, "__test__", {}).items()):
        name = "%s.__test__.%s" % (prefix, attr)
        if isinstance(value, str):
            found.append((name, value))
        else:
            visit(name, value, seen)
    return sorted(found)


class DocTestCase(unittest.TestCase):
    """The examples of one docstring, as one test."""

    def __init__(self, name, text, globs, optionflags=0, setUp=None, tearDown=None):
        super().__init__()
        self._name = name
        self._text = text
        self._globs = globs
        self._optionflags = optionflags
        self._set_up = setUp
        self._tear_down = tearDown

    def setUp(self):
        if self._set_up is not None:
            self._set_up(self)

    def tearDown(self):
        if self._tear_down is not None:
            self._tear_down(self)

    def runTest(self):
        report = []
        failures, tried = _run_examples(_examples(self._text), dict(self._globs), self._name,
                                        self._optionflags, report)
        if failures:
            raise self.failureException(
                "Failed doctest test for %s\n%s" % (self._name, "\n".join(report)))

    def id(self):
        return self._name

    def __str__(self):
        name = self._name.split(".")
        return "%s (%s)" % (name[-1], ".".join(name[:-1]))

    def shortDescription(self):
        return "Doctest: " + self._name

    @property
    def globs(self):
        return self._globs


def _module_of(module):
    if module is None:
        return sys.modules["__main__"]
    if isinstance(module, str):
        __import__(module)
        return sys.modules[module]
    return module


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, setUp=None,
                 tearDown=None, optionflags=0, **options):
    """A unittest suite with one test per docstring that has examples."""
    module = _module_of(module)
    if globs is None:
        globs = dict(vars(module))
    if extraglobs:
        globs.update(extraglobs)
    suite = unittest.TestSuite()
    for name, text in _docstrings(module):
        suite.addTest(DocTestCase(name, text, globs, optionflags, setUp, tearDown))
    return suite


def DocFileSuite(*paths, module_relative=True, package=None, setUp=None, tearDown=None,
                 globs=None, optionflags=0, encoding=None, **options):
    """A unittest suite with one test per text file of examples; relative
    paths are taken from the directory of `package` (by default of the
    `__main__` module) unless module_relative is false."""
    import os
    suite = unittest.TestSuite()
    for path in paths:
        if module_relative:
            base = _module_of(package).__file__ if package is not None else sys.modules["__main__"].__file__
            path = os.path.join(os.path.dirname(os.path.abspath(base)), *path.split("/"))
        with open(path, encoding=encoding or "utf-8") as source:
            text = source.read()
        file_globs = dict(globs) if globs is not None else {}
        file_globs.setdefault("__name__", "__main__")
        file_globs["__file__"] = path
        name = os.path.basename(path)
        suite.addTest(DocTestCase(name, text, file_globs, optionflags, setUp, tearDown))
    return suite


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples of module `m` (`__main__` by default)."""
    module = _module_of(m)
    if globs is None:
        globs = dict(vars(module))
    if extraglobs:
        globs.update(extraglobs)
    failed = attempted = 0
    for test_name, text in _docstrings(module):
        out = []
        f, t = _run_examples(_examples(text), dict(globs), test_name, optionflags, out)
        failed += f
        attempted += t
        for line in out:
            print("*" * 70)
            print(line, end="")
    if report and failed:
        print("***Test Failed*** %d failures." % failed)
    return TestResults(failed, attempted)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    out = []
    _run_examples(_examples(f.__doc__ or ""), globs, name, optionflags, out)
    for line in out:
        print(line, end="")
