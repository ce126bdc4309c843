# _string's format parsers and string.Formatter built on them.
import _string
import string

for s in ["a{{b", "a}}b{x}c", "{0!r:>{w}}", "{}", "x{a.b[c]!s}", "{:{}}", "{a[}b]}", "{!r}", "", "{ab:x}}", "{!}", "{a!", "{a!rr}", "{a", "a}", "{a:{b}", "{", "{0[}", "{a!r"]:
    try:
        print(repr(s), list(_string.formatter_parser(s)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
for f in ["a.b[0]", "0", "0.x", "a[x.y]", "", "[0]", "10[-1]", "a..b", "a[0", "a[0]x", "a[]", "a."]:
    try:
        first, rest = _string.formatter_field_name_split(f)
        print(repr(f), repr(first), list(rest))
    except ValueError as e:
        print(repr(f), "ValueError", e)
for bad in (1, None):
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print("TypeError", e)

fmt = string.Formatter()
print(fmt.format("{} and {}", 1, 2), fmt.format("{1}{0}", "a", "b"), fmt.format("{x.real}{y[1]}", x=3, y="ab"))
print(fmt.format("{0!r:>{1}}", "hi", 8), fmt.format("{:{}{}}", 3.14159, ".", "2f"), fmt.format("{{{}}}", 5))
for call in (
    lambda: fmt.format("{}{0}", 1),
    lambda: fmt.format("{0}{}", 1),
    lambda: fmt.format("{!x}", 1),
    lambda: fmt.format("{:{:{:{}}}}", 1, 2, 3, 4),
    lambda: fmt.format("{missing}"),
):
    try:
        call()
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)


class Upper(string.Formatter):
    def format_field(self, value, spec):
        return format(value, spec).upper()

    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "?" + key)
        return args[key]


print(Upper().format("{} {name} {other:>5}", "abc", name="def"))
