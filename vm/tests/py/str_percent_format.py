# printf-style formatting: literal runs with non-ASCII text, mappings,
# argument counting, and the error messages for malformed formats.


class Lookup:
    def __getitem__(self, key):
        return key.upper()


def attempt(fmt, args):
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)


attempt("w%d", 7)
attempt("héllo %s → %r ünï", ("wörld", "ß"))
attempt("%5d|%-5d|%05d|%+d|% d", (42, 42, 42, 42, 42))
attempt("%x %X %#x %#o %o", (255, 255, 255, 8, 8))
attempt("%.3s|%10.2f|%-8.3e|%g", ("abcdef", 3.14159, 12345.678, 0.0001))
attempt("%(name)s is %(age)d", {"name": "Ann", "age": 41})
attempt("%(a)s and %(b)s", Lookup())
attempt("no args here", Lookup())
attempt("%*d|%-*d|%.*f", (6, 1, 6, 2, 3, 2.5))
attempt("100%% sure %s", "yes")
attempt("%c%c%c", (72, "i", 0x1F600))
attempt("%s %s", ("only one",))
attempt("%s", (1, 2))
attempt("%d", "x")
attempt("%y", 1)
attempt("ü%é", 1)
attempt("abc %", 1)
attempt("%(key", {"key": 1})
attempt("%(key)s", (1,))
attempt("%ld %hi %Lf", (1, 2, 3.0))
attempt("%s", [1, 2])
attempt("%r", {"k": (1, 2)})
attempt(b"%s-%d-%x" % (b"ab", 5, 255), ())
attempt(b"%c%c", (65, b"B"))
