"""Unit testing: test cases with their assertions, suites, a loader that
finds the tests of a module, a text runner and `main()`.

The text runner prints what CPython's prints, in both the dotted and the
verbose (`-v`) form. One thing is an approximation: the messages of the
container comparisons (`assertListEqual`, `assertDictEqual`, long strings)
carry their first lines but not the line-by-line diff.
"""

import sys
import time
import traceback

__all__ = [
    "TestCase", "TestSuite", "TestLoader", "TestResult", "TextTestResult",
    "TextTestRunner", "TestProgram", "FunctionTestCase", "SkipTest", "main",
    "skip", "skipIf", "skipUnless", "expectedFailure", "defaultTestLoader",
    "addModuleCleanup",
]


class SkipTest(Exception):
    """Raised by a test (or `skipTest`) to be reported as skipped."""


# Repr shortening, with the limits CPython's messages use.
_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + " [truncated]..."


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _elide(text, keep_front, keep_back):
    hidden = len(text) - keep_front - keep_back
    if hidden > _PLACEHOLDER_LEN:
        return "%s[%d chars]%s" % (text[:keep_front], hidden, text[len(text) - keep_back:])
    return text


def _common_prefix(texts):
    first = min(texts)
    last = max(texts)
    n = 0
    while n < len(first) and first[n] == last[n]:
        n += 1
    return first[:n]


def _shortened_reprs(*values):
    reprs = tuple(safe_repr(v) for v in values)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _common_prefix(reprs)
    cut = len(prefix)
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        prefix = _elide(prefix, _MIN_BEGIN_LEN, room)
        return tuple(prefix + r[cut:] for r in reprs)
    prefix = _elide(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(prefix + _elide(r[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for r in reprs)


# ---------------------------------------------------------------------------
# Patterns of the *Regex assertions.


def _compile(pattern):
    if hasattr(pattern, "search") and hasattr(pattern, "pattern"):
        return pattern
    import re
    return re.compile(pattern)


def _search(pattern, text):
    return pattern.search(text) is not None


# ---------------------------------------------------------------------------
# Decorators


def _skip_marked(item, reason):
    item.__unittest_skip__ = True
    item.__unittest_skip_why__ = reason
    return item


def skip(reason):
    """Skips the decorated test (function or class) unconditionally."""
    if callable(reason) and not isinstance(reason, str):
        return _skip_marked(reason, "")
    return lambda item: _skip_marked(item, reason)


def _keep(item):
    return item


def skipIf(condition, reason):
    return skip(reason) if condition else _keep


def skipUnless(condition, reason):
    return _keep if condition else skip(reason)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


# ---------------------------------------------------------------------------
# Test cases


class _Outcome:
    """What happened while one test ran: set by each part of the run."""

    def __init__(self, result, expecting_failure):
        self.result = result
        self.expecting_failure = expecting_failure
        self.success = True
        self.expected_failure = None

    def run_part(self, test, function, *args):
        try:
            function(*args)
        except KeyboardInterrupt:
            raise
        except SkipTest as e:
            self.success = False
            self.result.addSkip(test, str(e))
        except BaseException as e:
            info = (type(e), e, e.__traceback__)
            if self.expecting_failure:
                self.expected_failure = info
            else:
                self.success = False
                if isinstance(e, test.failureException):
                    self.result.addFailure(test, info)
                else:
                    self.result.addError(test, info)
        else:
            return True
        return False


_no_message = object()


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params
        self.failureException = test_case.failureException

    def _description(self):
        parts = []
        if self._message is not _no_message:
            parts.append("[{}]".format(self._message))
        if self.params:
            described = ", ".join("{}={!r}".format(k, v) for k, v in self.params.items())
            parts.append("({})".format(described))
        return " ".join(parts) or "(<subtest>)"

    def id(self):
        return "{} {}".format(self.test_case.id(), self._description())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def countTestCases(self):
        return 0

    def __str__(self):
        return "{} {}".format(self.test_case, self._description())


class _SubTestContext:
    def __init__(self, case, message, params):
        self.case = case
        self.message = message
        self.params = params

    def __enter__(self):
        case = self.case
        self.parent = case._subtest
        params = dict(self.parent.params) if self.parent is not None else {}
        params.update(self.params)
        case._subtest = _SubTest(case, self.message, params)
        return None

    def __exit__(self, exc_type, exc, tb):
        case = self.case
        subtest = case._subtest
        case._subtest = self.parent
        outcome = case._outcome
        if exc_type is None or outcome is None:
            return False
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        if issubclass(exc_type, SkipTest):
            outcome.result.addSkip(subtest, str(exc))
            return True
        if outcome.expecting_failure:
            outcome.expected_failure = (exc_type, exc, tb)
            return True
        outcome.success = False
        outcome.result.addSubTest(case, subtest, (exc_type, exc, tb))
        return True


def _exception_name(expected):
    if isinstance(expected, tuple):
        return str(tuple(e.__name__ for e in expected))
    return getattr(expected, "__name__", str(expected))


def _check_exception_classes(expected, method):
    classes = expected if isinstance(expected, tuple) else (expected,)
    for c in classes:
        if not (isinstance(c, type) and issubclass(c, BaseException)):
            raise TypeError("%s() arg 1 must be an exception type or tuple of exception types" % method)


class _AssertRaisesContext:
    def __init__(self, expected, case, pattern=None, method="assertRaises"):
        _check_exception_classes(expected, method)
        self.expected = expected
        self.case = case
        self.pattern = _compile(pattern) if pattern is not None else None
        self.message = None
        self.callable_name = None
        self.exception = None

    def handle(self, method, args, kwargs):
        if not args:
            self.message = kwargs.pop("msg", None)
            if kwargs:
                raise TypeError("%r is an invalid keyword argument for this function" % (next(iter(kwargs)),))
            return self
        function, args = args[0], args[1:]
        self.callable_name = getattr(function, "__name__", str(function))
        with self:
            function(*args, **kwargs)
        return None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        name = _exception_name(self.expected)
        if exc_type is None:
            if self.callable_name is not None:
                self._fail("{} not raised by {}".format(name, self.callable_name))
            self._fail("{} not raised".format(name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        if self.pattern is not None and not _search(self.pattern, str(exc)):
            self._fail('"{}" does not match "{}"'.format(self.pattern.pattern, str(exc)))
        return True

    def _fail(self, standard):
        raise self.case.failureException(self.case._formatMessage(self.message, standard))


class _AssertWarnsContext(_AssertRaisesContext):
    """Records the warnings of the block (every one shown, whatever the
    filters said before) and passes when one is of the expected category
    and, with a pattern, matches it."""

    def __init__(self, expected, case, pattern=None, method="assertWarns"):
        if not isinstance(expected, tuple):
            expected = (expected,)
        for c in expected:
            if not (isinstance(c, type) and issubclass(c, Warning)):
                raise TypeError("%s() arg 1 must be a warning type or tuple of warning types" % method)
        self.expected = expected
        self.case = case
        self.pattern = _compile(pattern) if pattern is not None else None
        self.message = None
        self.callable_name = None
        self.warning = None
        self.filename = None
        self.lineno = None
        self.warnings = []

    def __enter__(self):
        import sys
        import warnings
        # A warning already shown once from a place would be hidden again.
        for module in list(sys.modules.values()):
            if getattr(module, "__warningregistry__", None):
                module.__warningregistry__ = {}
        self._manager = warnings.catch_warnings(record=True)
        self.warnings = self._manager.__enter__()
        warnings.simplefilter("always", self.expected)
        return self

    def __exit__(self, exc_type, exc, tb):
        self._manager.__exit__(exc_type, exc, tb)
        if exc_type is not None:
            return False
        first_of_category = None
        for record in self.warnings:
            w = record.message
            if not isinstance(w, self.expected):
                continue
            if first_of_category is None:
                first_of_category = w
            if self.pattern is not None and not _search(self.pattern, str(w)):
                continue
            self.warning = w
            self.filename = record.filename
            self.lineno = record.lineno
            return None
        if first_of_category is not None:
            self._fail('"{}" does not match "{}"'.format(self.pattern.pattern, str(first_of_category)))
        name = _exception_name(self.expected if len(self.expected) > 1 else self.expected[0])
        if self.callable_name is not None:
            self._fail("{} not triggered by {}".format(name, self.callable_name))
        self._fail("{} not triggered".format(name))


class TestCase:
    """A test: each method whose name starts with `test` becomes one
    instance, run between `setUp` and `tearDown`."""

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _class_cleanups = []

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName
        self._outcome = None
        self._subtest = None
        self._cleanups = []
        self._testMethodDoc = "No test"
        self._type_equality = {
            dict: "assertDictEqual",
            list: "assertListEqual",
            tuple: "assertTupleEqual",
            set: "assertSetEqual",
            frozenset: "assertSetEqual",
            str: "assertMultiLineEqual",
        }
        try:
            method = getattr(self, methodName)
        except AttributeError:
            if methodName != "runTest":
                raise ValueError("no such test method in %s: %s" % (self.__class__, methodName))
        else:
            self._testMethodDoc = method.__doc__

    def __init_subclass__(cls, *args, **kwargs):
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        result = type(cm).__enter__(cm)
        self.addCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        result = type(cm).__enter__(cm)
        cls.addClassCleanup(type(cm).__exit__, cm, None, None, None)
        return result

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        doc = self._testMethodDoc
        return doc.strip().split("\n")[0].strip() if doc else None

    def id(self):
        return "%s.%s" % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return "%s (%s.%s)" % (self._testMethodName, strclass(self.__class__), self._testMethodName)

    def __repr__(self):
        return "<%s testMethod=%s>" % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_no_message, **params):
        return _SubTestContext(self, msg, params)

    def run(self, result=None):
        own_result = result is None
        if own_result:
            result = self.defaultTestResult()
            result.startTestRun()
        result.startTest(self)
        try:
            method = getattr(self, self._testMethodName)
            if getattr(self.__class__, "__unittest_skip__", False) or getattr(method, "__unittest_skip__", False):
                reason = (getattr(self.__class__, "__unittest_skip_why__", "")
                          or getattr(method, "__unittest_skip_why__", ""))
                result.addSkip(self, reason)
                return result
            expecting = (getattr(self, "__unittest_expecting_failure__", False)
                         or getattr(method, "__unittest_expecting_failure__", False))
            outcome = _Outcome(result, expecting)
            self._outcome = outcome
            if outcome.run_part(self, self.setUp):
                outcome.run_part(self, method)
                outcome.run_part(self, self.tearDown)
            while self._cleanups:
                function, args, kwargs = self._cleanups.pop()
                outcome.run_part(self, function, *args, **kwargs)
            if outcome.success:
                if expecting:
                    if outcome.expected_failure is not None:
                        result.addExpectedFailure(self, outcome.expected_failure)
                    else:
                        result.addUnexpectedSuccess(self)
                else:
                    result.addSuccess(self)
            return result
        finally:
            result.stopTest(self)
            self._outcome = None
            if own_result:
                result.stopTestRun()

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            function(*args, **kwargs)

    @classmethod
    def doClassCleanups(cls):
        errors = []
        while cls._class_cleanups:
            function, args, kwargs = cls._class_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                errors.append((type(e), e, e.__traceback__))
        return errors

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def debug(self):
        self.setUp()
        getattr(self, self._testMethodName)()
        self.tearDown()
        self.doCleanups()

    def skipTest(self, reason):
        raise SkipTest(reason)

    # Assertions

    def _formatMessage(self, msg, standard):
        if msg is None:
            return standard
        if not self.longMessage:
            return msg
        try:
            return "%s : %s" % (standard, msg)
        except UnicodeDecodeError:
            return "%s : %s" % (safe_repr(standard), safe_repr(msg))

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, "%s is not true" % safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, "%s is not false" % safe_repr(expr)))

    def _equality_check(self, first, second):
        if type(first) is type(second):
            check = self._type_equality.get(type(first))
            if check is not None:
                return getattr(self, check) if isinstance(check, str) else check
        return self._base_equal

    def _base_equal(self, first, second, msg=None):
        if not first == second:
            standard = "%s != %s" % _shortened_reprs(first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertEqual(self, first, second, msg=None):
        self._equality_check(first, second)(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, "%s == %s" % (safe_repr(first), safe_repr(second))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standard = "%s != %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standard = "%s != %s within %r places (%s difference)" % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        self.fail(self._formatMessage(msg, standard))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if delta is not None and places is not None:
            raise TypeError("specify delta or places not both")
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standard = "%s == %s within %s delta (%s difference)" % (
                safe_repr(first), safe_repr(second), safe_repr(delta), safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standard = "%s == %s within %r places" % (safe_repr(first), safe_repr(second), places)
        self.fail(self._formatMessage(msg, standard))

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None:
            kind = seq_type.__name__
            if not isinstance(seq1, seq_type):
                self.fail(self._formatMessage(msg, "First sequence is not a %s: %s" % (kind, safe_repr(seq1))))
            if not isinstance(seq2, seq_type):
                self.fail(self._formatMessage(msg, "Second sequence is not a %s: %s" % (kind, safe_repr(seq2))))
        else:
            kind = "sequence"
        if seq1 == seq2:
            return
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            self.fail(self._formatMessage(msg, "First %s has no length.    Non-sequence?" % kind))
        try:
            len2 = len(seq2)
        except (TypeError, NotImplementedError):
            self.fail(self._formatMessage(msg, "Second %s has no length.    Non-sequence?" % kind))
        standard = "%ss differ: %s != %s\n" % ((kind.capitalize(),) + _shortened_reprs(seq1, seq2))
        for i in range(min(len1, len2)):
            if seq1[i] != seq2[i]:
                standard += "\nFirst differing element %d:\n%s\n%s\n" % (
                    i, safe_repr(seq1[i]), safe_repr(seq2[i]))
                break
        else:
            if len1 == len2 and seq_type is None and type(seq1) != type(seq2):
                return
        if len1 > len2:
            standard += "\nFirst %s contains %d additional elements.\n" % (kind, len1 - len2)
            standard += "First extra element %d:\n%s\n" % (len2, safe_repr(seq1[len2]))
        elif len1 < len2:
            standard += "\nSecond %s contains %d additional elements.\n" % (kind, len2 - len1)
            standard += "First extra element %d:\n%s\n" % (len1, safe_repr(seq2[len1]))
        self.fail(self._formatMessage(msg, standard))

    def assertListEqual(self, list1, list2, msg=None):
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        try:
            only_first = set1.difference(set2)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("first argument does not support set difference: %s" % e)
        try:
            only_second = set2.difference(set1)
        except TypeError as e:
            self.fail("invalid type when attempting set difference: %s" % e)
        except AttributeError as e:
            self.fail("second argument does not support set difference: %s" % e)
        if not (only_first or only_second):
            return
        lines = []
        if only_first:
            lines.append("Items in the first set but not the second:")
            lines.extend(repr(item) for item in only_first)
        if only_second:
            lines.append("Items in the second set but not the first:")
            lines.extend(repr(item) for item in only_second)
        self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, "First argument is not a dictionary")
        self.assertIsInstance(d2, dict, "Second argument is not a dictionary")
        if d1 != d2:
            self.fail(self._formatMessage(msg, "%s != %s" % _shortened_reprs(d1, d2)))

    def assertMultiLineEqual(self, first, second, msg=None):
        self.assertIsInstance(first, str, "First argument is not a string")
        self.assertIsInstance(second, str, "Second argument is not a string")
        if first != second:
            standard = "%s != %s" % _shortened_reprs(first, second)
            if "\n" not in first and "\n" not in second:
                standard += "\n- %s\n+ %s\n" % (first, second)
            self.fail(self._formatMessage(msg, standard))

    def assertCountEqual(self, first, second, msg=None):
        first_items = list(first)
        second_items = list(second)
        unmatched = list(second_items)
        missing = []
        for item in first_items:
            for i, other in enumerate(unmatched):
                if other is item or other == item:
                    del unmatched[i]
                    break
            else:
                missing.append(item)
        if missing or unmatched:
            lines = ["Element counts were not equal:"]
            for item in missing:
                lines.append("First has %d, Second has %d:  %s" % (
                    first_items.count(item), second_items.count(item), safe_repr(item)))
            for item in unmatched:
                lines.append("First has %d, Second has %d:  %s" % (
                    first_items.count(item), second_items.count(item), safe_repr(item)))
            self.fail(self._formatMessage(msg, "\n".join(lines)))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, "%s not found in %s" % (safe_repr(member), safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(
                msg, "%s unexpectedly found in %s" % (safe_repr(member), safe_repr(container))))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, "%s is not %s" % (safe_repr(expr1), safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, "unexpectedly identical: %s" % (safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, "%s is not None" % (safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, "unexpectedly None"))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is not an instance of %r" % (safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, "%s is an instance of %r" % (safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, "%s not greater than %s" % (safe_repr(a), safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(
                msg, "%s not greater than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, "%s not less than %s" % (safe_repr(a), safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(
                msg, "%s not less than or equal to %s" % (safe_repr(a), safe_repr(b))))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle("assertRaises", args, kwargs)

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, "assertRaisesRegex")
        return context.handle("assertRaisesRegex", args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle("assertWarns", args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex, "assertWarnsRegex")
        return context.handle("assertWarnsRegex", args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        pattern = _compile(expected_regex)
        if not _search(pattern, text):
            standard = "Regex didn't match: %r not found in %r" % (pattern.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        pattern = _compile(unexpected_regex)
        if _search(pattern, text):
            standard = "Regex matched: %r matches %r in %r" % (text, pattern.pattern, text)
            self.fail(self._formatMessage(msg, standard))

    # The old names, still accepted by CPython 3.11.
    failUnlessEqual = assertEquals = assertEqual
    failIfEqual = assertNotEquals = assertNotEqual
    failUnlessAlmostEqual = assertAlmostEquals = assertAlmostEqual
    failIfAlmostEqual = assertNotAlmostEquals = assertNotAlmostEqual
    failUnless = assert_ = assertTrue
    failUnlessRaises = assertRaises
    failIf = assertFalse
    assertRaisesRegexp = assertRaisesRegex
    assertRegexpMatches = assertRegex
    assertNotRegexpMatches = assertNotRegex


class FunctionTestCase(TestCase):
    """A test made of a plain function and optional set-up and tear-down."""

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __str__(self):
        return "%s (%s)" % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return "<%s tec=%s>" % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split("\n")[0].strip() or None


# ---------------------------------------------------------------------------
# Suites


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    _module_cleanups.append((function, args, kwargs))


class _FixtureError:
    """Stands for a class or module fixture that failed, in the result."""

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def countTestCases(self):
        return 0

    def __str__(self):
        return self.description


class TestSuite:
    """An ordered collection of tests and suites."""

    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def __repr__(self):
        return "<%s tests=%s>" % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(test.countTestCases() for test in self._tests)

    def addTest(self, test):
        if not callable(test):
            raise TypeError("{} is not callable".format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError("TestCases and TestSuites must be instantiated before passing them to addTest()")
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError("tests must be an iterable of tests, not a string")
        for test in tests:
            self.addTest(test)

    def __call__(self, *args, **kwargs):
        return self.run(*args, **kwargs)

    def _flat(self):
        for test in self._tests:
            if isinstance(test, TestSuite):
                yield from test._flat()
            else:
                yield test

    def run(self, result, debug=False):
        current_class = None
        class_failed = False
        modules_set_up = []
        for test in self._flat():
            if result.shouldStop:
                break
            cls = test.__class__
            if cls is not current_class:
                self._leave_class(current_class, class_failed, result)
                current_class = cls
                module = cls.__module__
                if module not in modules_set_up:
                    modules_set_up.append(module)
                    self._fixture(result, sys.modules.get(module), "setUpModule", "setUpModule (%s)" % module)
                class_failed = not self._enter_class(cls, result)
            if class_failed:
                continue
            test(result)
        self._leave_class(current_class, class_failed, result)
        for module in modules_set_up:
            self._fixture(result, sys.modules.get(module), "tearDownModule", "tearDownModule (%s)" % module)
        while _module_cleanups:
            function, args, kwargs = _module_cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                result.addError(_FixtureError("doModuleCleanups"), (type(e), e, e.__traceback__))
        return result

    @staticmethod
    def _fixture(result, owner, name, description):
        function = getattr(owner, name, None)
        if function is None:
            return True
        try:
            function()
        except SkipTest as e:
            result.addSkip(_FixtureError(description), str(e))
            return False
        except Exception as e:
            result.addError(_FixtureError(description), (type(e), e, e.__traceback__))
            return False
        return True

    def _enter_class(self, cls, result):
        if not isinstance(cls, type) or not issubclass(cls, TestCase):
            return True
        if getattr(cls, "__unittest_skip__", False):
            return True
        ok = self._fixture(result, cls, "setUpClass", "setUpClass (%s)" % strclass(cls))
        if not ok:
            self._class_cleanups(cls, result)
        return ok

    def _leave_class(self, cls, failed, result):
        if cls is None or failed or not isinstance(cls, type) or not issubclass(cls, TestCase):
            return
        if getattr(cls, "__unittest_skip__", False):
            return
        self._fixture(result, cls, "tearDownClass", "tearDownClass (%s)" % strclass(cls))
        self._class_cleanups(cls, result)

    @staticmethod
    def _class_cleanups(cls, result):
        for info in cls.doClassCleanups():
            result.addError(_FixtureError("doClassCleanups (%s)" % strclass(cls)), info)


# ---------------------------------------------------------------------------
# Loading


class TestLoader:
    """Finds the tests of test case classes, modules and dotted names."""

    testMethodPrefix = "test"
    sortTestMethodsUsing = None
    testNamePatterns = None
    suiteClass = TestSuite

    def __init__(self):
        self.errors = []

    def getTestCaseNames(self, testCaseClass):
        prefix = self.testMethodPrefix
        names = []
        for name in dir(testCaseClass):
            if not name.startswith(prefix):
                continue
            if not callable(getattr(testCaseClass, name)):
                continue
            if self.testNamePatterns and not self._selected(testCaseClass, name):
                continue
            names.append(name)
        names.sort()
        return names

    def _selected(self, cls, name):
        full = "%s.%s.%s" % (cls.__module__, cls.__qualname__, name)
        for pattern in self.testNamePatterns:
            if _wildcard_match(pattern, full):
                return True
        return False

    def loadTestsFromTestCase(self, testCaseClass):
        if issubclass(testCaseClass, TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite. Maybe you meant to derive from TestCase?")
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, "runTest"):
            names = ["runTest"]
        return self.suiteClass([testCaseClass(name) for name in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        suite = self.suiteClass(tests)
        load_tests = getattr(module, "load_tests", None)
        if load_tests is not None:
            return load_tests(self, suite, pattern)
        return suite

    def loadTestsFromName(self, name, module=None):
        parts = name.split(".")
        if module is None:
            remaining = list(parts)
            while True:
                try:
                    module = __import__(".".join(remaining))
                    break
                except ImportError:
                    remaining.pop()
                    if not remaining:
                        raise
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            parent, obj = obj, getattr(obj, part)
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase):
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, (TestSuite, TestCase)):
                return test
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(name, module) for name in names])


def _wildcard_match(pattern, text):
    """`-k` patterns: a plain word matches as a substring; `*` matches any run."""
    if "*" not in pattern:
        return pattern in text
    pieces = pattern.split("*")
    if not text.startswith(pieces[0]):
        return False
    at = len(pieces[0])
    for piece in pieces[1:-1]:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return text.endswith(pieces[-1]) and len(text) - len(pieces[-1]) >= at


defaultTestLoader = TestLoader()


# ---------------------------------------------------------------------------
# Results and the text runner


def _frozen_entry(line):
    return line.startswith('  File "<frozen unittest>"')


def _format_error(info):
    """The traceback of a failure, without the entries inside this module."""
    lines = traceback.format_exception(info[1])
    kept = []
    skipping = False
    for line in lines:
        if line.startswith("  File "):
            skipping = _frozen_entry(line)
        elif not line.startswith("    "):
            skipping = False
        if not skipping:
            kept.append(line)
    return "".join(kept)


class TestResult:
    """Collects the outcome of each test."""

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False

    def startTest(self, test):
        self.testsRun += 1

    def startTestRun(self):
        pass

    def stopTest(self, test):
        pass

    def stopTestRun(self):
        pass

    def _stop_if_failfast(self):
        if self.failfast:
            self.stop()

    def addError(self, test, err):
        self.errors.append((test, _format_error(err)))
        self._stop_if_failfast()

    def addFailure(self, test, err):
        self.failures.append((test, _format_error(err)))
        self._stop_if_failfast()

    def addSubTest(self, test, subtest, err):
        if err is None:
            return
        if issubclass(err[0], test.failureException):
            self.failures.append((subtest, _format_error(err)))
        else:
            self.errors.append((subtest, _format_error(err)))
        self._stop_if_failfast()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, _format_error(err)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)
        self._stop_if_failfast()

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and not self.unexpectedSuccesses)

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return "<%s run=%i errors=%i failures=%i>" % (
            strclass(self.__class__), self.testsRun, len(self.errors), len(self.failures))


class _Lines:
    """A stream with `writeln`."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text):
        self.stream.write(text)

    def writeln(self, text=None):
        if text:
            self.stream.write(text)
        self.stream.write("\n")

    def flush(self):
        if hasattr(self.stream, "flush"):
            self.stream.flush()


class TextTestResult(TestResult):
    """Writes each outcome as it comes: a character, or a line with `-v`."""

    separator1 = "=" * 70
    separator2 = "-" * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._at_line_start = True

    def getDescription(self, test):
        first_doc_line = test.shortDescription()
        if self.descriptions and first_doc_line:
            return "\n".join((str(test), first_doc_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
            self.stream.flush()
            self._at_line_start = False

    def _status(self, test, status):
        subtest = isinstance(test, _SubTest)
        if subtest or self._at_line_start:
            if not self._at_line_start:
                self.stream.writeln()
            if subtest:
                self.stream.write("  ")
            self.stream.write(self.getDescription(test))
            self.stream.write(" ... ")
        self.stream.writeln(status)
        self.stream.flush()
        self._at_line_start = True

    def _mark(self, char):
        self.stream.write(char)
        self.stream.flush()

    def addSubTest(self, test, subtest, err):
        if err is not None:
            failed = issubclass(err[0], subtest.failureException)
            if self.showAll:
                self._status(subtest, "FAIL" if failed else "ERROR")
            elif self.dots:
                self._mark("F" if failed else "E")
        super().addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super().addSuccess(test)
        if self.showAll:
            self._status(test, "ok")
        elif self.dots:
            self._mark(".")

    def addError(self, test, err):
        super().addError(test, err)
        if self.showAll:
            self._status(test, "ERROR")
        elif self.dots:
            self._mark("E")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        if self.showAll:
            self._status(test, "FAIL")
        elif self.dots:
            self._mark("F")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if self.showAll:
            self._status(test, "skipped {0!r}".format(reason))
        elif self.dots:
            self._mark("s")

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln("expected failure")
            self.stream.flush()
        elif self.dots:
            self._mark("x")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln("unexpected success")
            self.stream.flush()
        elif self.dots:
            self._mark("u")

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList("ERROR", self.errors)
        self.printErrorList("FAIL", self.failures)
        if self.unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in self.unexpectedSuccesses:
                self.stream.writeln("UNEXPECTED SUCCESS: %s" % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln("%s: %s" % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln("%s" % err)
            self.stream.flush()


class TextTestRunner:
    """Runs a suite, printing outcomes and a summary to `stream` (stderr)."""

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False,
                 buffer=False, resultclass=None, warnings=None, *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _Lines(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        result.buffer = self.buffer
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln("Ran %d test%s in %.3fs" % (run, "" if run == 1 else "s", taken))
        self.stream.writeln()
        counts = []
        if not result.wasSuccessful():
            self.stream.write("FAILED")
            if result.failures:
                counts.append("failures=%d" % len(result.failures))
            if result.errors:
                counts.append("errors=%d" % len(result.errors))
        else:
            self.stream.write("OK")
        if result.skipped:
            counts.append("skipped=%d" % len(result.skipped))
        if result.expectedFailures:
            counts.append("expected failures=%d" % len(result.expectedFailures))
        if result.unexpectedSuccesses:
            counts.append("unexpected successes=%d" % len(result.unexpectedSuccesses))
        if counts:
            self.stream.writeln(" (%s)" % (", ".join(counts),))
        else:
            self.stream.write("\n")
        self.stream.flush()
        return result


# ---------------------------------------------------------------------------
# The command line


_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [-f] [-k TESTNAMEPATTERNS] [tests ...]

positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  -f, --failfast       Stop on first fail or error
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


class TestProgram:
    """Loads the tests named on the command line (all the tests of
    `module` by default), runs them, and exits 0 if all passed, else 1."""

    def __init__(self, module="__main__", defaultTest=None, argv=None, testRunner=None,
                 testLoader=None, exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            module = sys.modules[module.split(".")[0]] if "." not in module else __import__(module)
            for part in module.__name__.split(".")[1:]:
                module = getattr(module, part)
        self.module = module
        self.exit = exit
        self.verbosity = verbosity
        self.failfast = bool(failfast)
        self.testRunner = testRunner
        self.testLoader = testLoader if testLoader is not None else defaultTestLoader
        if argv is None:
            argv = sys.argv
        self.progName = argv[0] if argv else "minnow -m unittest"
        names = self._parse(list(argv[1:]))
        if not names and defaultTest is not None:
            names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
        self.testNames = names
        self.createTests()
        self.runTests()

    def _parse(self, args):
        names = []
        patterns = []
        while args:
            arg = args.pop(0)
            if arg in ("-h", "--help"):
                print(_USAGE % {"prog": self.progName}, end="")
                sys.exit(0)
            elif arg in ("-v", "--verbose"):
                self.verbosity = 2
            elif arg in ("-q", "--quiet"):
                self.verbosity = 0
            elif arg in ("-f", "--failfast"):
                self.failfast = True
            elif arg == "-k" and args:
                pattern = args.pop(0)
                patterns.append(pattern if "*" in pattern else "*%s*" % pattern)
            elif arg.startswith("-k") and len(arg) > 2:
                patterns.append(arg[2:] if "*" in arg[2:] else "*%s*" % arg[2:])
            elif arg.startswith("-") and arg != "-":
                sys.stderr.write("%s: error: unrecognized arguments: %s\n" % (self.progName, arg))
                sys.exit(2)
            else:
                names.append(arg)
        if patterns:
            self.testLoader = TestLoader()
            self.testLoader.testNamePatterns = patterns
        return names

    def createTests(self):
        if not self.testNames:
            if self.module is None:
                self.test = self.testLoader.suiteClass()
            else:
                self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        runner = self.testRunner
        if runner is None:
            runner = TextTestRunner
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity, failfast=self.failfast)
        self.result = runner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram

if __name__ == "__main__":
    main(module=None)
