# unittest: assertions, fixtures, skips, expected failures, subtests, the
# loader and the text runner, run into a StringIO and printed without timing.
import io
import unittest

events = []


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        events.append("tearDownClass")

    def setUp(self):
        self.value = 6

    def tearDown(self):
        events.append("tearDown " + self._testMethodName)

    def test_equal(self):
        self.assertEqual(self.value * 7, 42)
        self.assertNotEqual(self.value, 7)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertIn(3, [1, 2, 3])
        self.assertIs(None, None)
        self.assertIsInstance(self.value, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2])
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)

    def test_raises(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)
        with self.assertRaises(KeyError) as cm:
            {}["missing"]
        self.assertEqual(cm.exception.args, ("missing",))
        with self.assertRaisesRegex(ValueError, r"invalid literal for int\(\) with base \d+"):
            int("x")

    def test_fails(self):
        self.assertEqual([1, 2], [1, 3])

    def test_errors(self):
        return undefined_name  # noqa: F821

    @unittest.skip("not today")
    def test_skipped(self):
        self.fail("never runs")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)


@unittest.skipUnless(False, "whole class skipped")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(Arithmetic)
suite.addTests(unittest.defaultTestLoader.loadTestsFromTestCase(Skipped))
print("tests:", suite.countTestCases())
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
for line in stream.getvalue().splitlines():
    if line.startswith("Ran "):
        print(line.split(" in ")[0])
    elif line.startswith(("test", "  test", "OK", "FAILED", "FAIL:", "ERROR:")):
        print(line)
print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
      "skipped", len(result.skipped), "expected", len(result.expectedFailures),
      "ok", result.wasSuccessful())
for test, text in result.failures + result.errors:
    message = [line for line in text.splitlines() if line.startswith(("AssertionError", "NameError"))]
    print(test, "->", message[0])
print(events)

case = Arithmetic("test_equal")
for call in [
    lambda: case.assertEqual(1, 2),
    lambda: case.assertEqual("a", "b", "custom"),
    lambda: case.assertTrue(0),
    lambda: case.assertIsNone(5),
    lambda: case.assertIn("x", "abc"),
    lambda: case.assertAlmostEqual(1.0, 1.1),
    lambda: case.assertAlmostEqual(1.0, 1.5, delta=0.1),
    lambda: case.assertRaises(ValueError, int, "5"),
    lambda: case.assertIsInstance(1, str),
    lambda: case.assertGreaterEqual(1, 2),
    lambda: case.assertSetEqual({1, 2}, {2, 3}),
]:
    try:
        call()
    except AssertionError as e:
        print("AssertionError:", str(e).splitlines()[0])
try:
    Arithmetic("no_such_method")
except ValueError as e:
    print("ValueError:", str(e).split(":")[0])
print(case.id(), str(case), repr(case))
