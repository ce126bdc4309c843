# A SyntaxError whose offset is before the start of its line (as
# test_exceptions makes them) is shown without a caret, not a crash.
import traceback

for offset in (-4, 0, None):
    e = SyntaxError("msg", ("bad.py", 1, offset, "  abcdefg\n", 1, -2))
    print(repr("".join(traceback.format_exception_only(SyntaxError, e))))
