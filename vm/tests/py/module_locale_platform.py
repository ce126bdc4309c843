# locale (the C locale) and platform.
import locale
import platform

print(locale.setlocale(locale.LC_ALL, "C"), locale.setlocale(locale.LC_NUMERIC), locale.setlocale(locale.LC_ALL))
print(locale.getlocale(), locale.localeconv())
print(locale.format_string("%d %s %.2f", (1234567, "x", 3.14159), grouping=True), locale.format_string("%(a)s-%(b).1f", {"a": 1, "b": 2.25}))
print(locale.str(1.5), locale.atof("1.5"), locale.atoi("12"), locale.strcoll("a", "b"), locale.strxfrm("abc"), locale.delocalize("12.5"))
print(locale.LC_CTYPE, locale.LC_COLLATE, locale.LC_TIME, locale.LC_MONETARY, locale.LC_NUMERIC, locale.LC_ALL, locale.LC_MESSAGES, locale.CHAR_MAX)
print(issubclass(locale.Error, Exception), locale.getpreferredencoding().upper().replace("-", ""))
for call in (
    lambda: locale.setlocale(locale.LC_ALL, "xx_XX"),
    lambda: locale.setlocale(99),
    lambda: locale.setlocale("x"),
    lambda: locale.currency(1.5),
):
    try:
        call()
    except (locale.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

u = platform.uname()
print(len(u), len(tuple(u)), u.system == platform.system() == u[0], u.machine == platform.machine(), type(u).__name__)
print(platform.system() in ("Linux", "Darwin", "Windows"), platform.architecture()[0] in ("32bit", "64bit"))
print(platform.python_version() == "%d.%d.%d" % __import__("sys").version_info[:3], len(platform.python_version_tuple()), platform.python_version_tuple()[:2])
print(platform.platform().startswith(platform.system()), isinstance(platform.python_implementation(), str))
