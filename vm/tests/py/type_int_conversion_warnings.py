# int() and float() of objects whose __int__, __index__, __trunc__ or
# __float__ return subclasses: exact results and DeprecationWarnings.
import unittest
import warnings


class BadIndex:
    def __index__(self):
        return True


class BadInt:
    def __int__(self):
        return True


class BadInt2(int):
    def __int__(self):
        return True


class JustTrunc:
    def __trunc__(self):
        return 42


class TruncToIndex:
    def __trunc__(self):
        return BadIndex()


class TruncToIntable:
    def __trunc__(self):
        return BadInt()


class TruncSubclass:
    def __trunc__(self):
        return True


class FloatSub(float):
    pass


class ToFloatSub:
    def __float__(self):
        return FloatSub(2.5)


def run(f, *args):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            r = f(*args)
            shown = f"{type(r).__name__} {r!r}"
        except Exception as e:
            shown = f"{type(e).__name__} {e}"
    print(shown, [(w.category.__name__, str(w.message)) for w in caught])


for obj in (BadIndex(), BadInt(), BadInt2(5), JustTrunc(), TruncToIndex(), TruncToIntable(),
            TruncSubclass()):
    run(int, obj)
run(float, ToFloatSub())
run(FloatSub, ToFloatSub())

with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        int(BadIndex())
    except DeprecationWarning as e:
        print("error", e)


class Case(unittest.TestCase):
    def test_warns(self):
        with self.assertWarns(DeprecationWarning) as cm:
            int(JustTrunc())
        print("caught", cm.warning)
        with self.assertWarnsRegex(DeprecationWarning, "subclass of int"):
            int(BadInt())
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarns(DeprecationWarning):
                int(5)
        print(cm.exception)
        with self.assertRaises(AssertionError) as cm:
            with self.assertWarnsRegex(DeprecationWarning, "nothing like it"):
                int(BadInt())
        print(cm.exception)
        self.assertWarns(UserWarning, warnings.warn, "w")


suite = unittest.defaultTestLoader.loadTestsFromTestCase(Case)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
for _, text in result.failures + result.errors:
    print(text.splitlines()[-1])
