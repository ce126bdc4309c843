"""Locale settings. Minnow has the C locale only (with UTF-8 as its text
encoding): setlocale accepts "C", "POSIX", "C.UTF-8" and "" (the user's
default, which is C here), and raises Error for any other locale; the
conventions (localeconv) are always the C locale's."""

import sys

__all__ = [
    "getlocale",
    "getencoding",
    "getpreferredencoding",
    "Error",
    "setlocale",
    "resetlocale",
    "localeconv",
    "strcoll",
    "strxfrm",
    "str",
    "atof",
    "atoi",
    "format_string",
    "currency",
    "normalize",
    "LC_CTYPE",
    "LC_COLLATE",
    "LC_TIME",
    "LC_MONETARY",
    "LC_NUMERIC",
    "LC_ALL",
    "LC_MESSAGES",
    "CHAR_MAX",
    "getdefaultlocale",
    "delocalize",
    "localize",
    "nl_langinfo",
    "CODESET",
    "RADIXCHAR",
    "THOUSEP",
]

_builtin_str = str

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127

CODESET = 14
RADIXCHAR = 65536
THOUSEP = 65537

_CATEGORY_NAMES = {
    LC_CTYPE: "LC_CTYPE",
    LC_NUMERIC: "LC_NUMERIC",
    LC_TIME: "LC_TIME",
    LC_COLLATE: "LC_COLLATE",
    LC_MONETARY: "LC_MONETARY",
    LC_MESSAGES: "LC_MESSAGES",
}
_SUPPORTED = {"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.UTF-8", "": "C"}
_current = {category: "C" for category in _CATEGORY_NAMES}


class Error(Exception):
    pass


def _check_category(category):
    if not isinstance(category, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(category).__name__)


def setlocale(category, locale=None):
    """Sets the locale of `category` (LC_ALL for all) and returns it; with
    no locale, returns the current one."""
    _check_category(category)
    if locale is not None and not isinstance(locale, _builtin_str):
        # A (language, encoding) pair, as getlocale returns.
        locale = ".".join(part for part in locale if part) if locale[0] else "C"
    if category != LC_ALL and category not in _current:
        raise Error("locale query failed" if locale is None else "unsupported locale setting")
    if locale is not None:
        name = _SUPPORTED.get(locale)
        if name is None:
            raise Error("unsupported locale setting")
        for c in _current if category == LC_ALL else (category,):
            _current[c] = name
    if category != LC_ALL:
        return _current[category]
    names = set(_current.values())
    if len(names) == 1:
        return names.pop()
    return ";".join("%s=%s" % (_CATEGORY_NAMES[c], _current[c]) for c in sorted(_current))


def resetlocale(category=LC_ALL):
    """Sets `category` to the user's default locale (C)."""
    setlocale(category, "")


def getlocale(category=LC_CTYPE):
    """(language code, encoding) of the current locale of `category`:
    (None, None) for the C locale."""
    _check_category(category)
    name = setlocale(category)
    if ";" in name:
        raise TypeError("category LC_ALL is not supported")
    if name == "C.UTF-8":
        return ("C", "UTF-8")
    return (None, None)


def getdefaultlocale(envvars=("LC_ALL", "LC_CTYPE", "LANG", "LANGUAGE")):
    """The user's default locale as (language code, encoding)."""
    return (None, "UTF-8")


def getencoding():
    """The locale's text encoding."""
    return "UTF-8"


def getpreferredencoding(do_setlocale=True):
    """The encoding used for text files by default."""
    return "UTF-8"


def normalize(localename):
    """`localename` in the usual form language_TERRITORY.ENCODING: only
    the C locale's names are known here, and others are returned as given."""
    return _SUPPORTED.get(localename) or localename


def localeconv():
    """The C locale's numeric and monetary conventions."""
    return {
        "int_curr_symbol": "",
        "currency_symbol": "",
        "mon_decimal_point": "",
        "mon_thousands_sep": "",
        "mon_grouping": [],
        "positive_sign": "",
        "negative_sign": "",
        "int_frac_digits": CHAR_MAX,
        "frac_digits": CHAR_MAX,
        "p_cs_precedes": CHAR_MAX,
        "p_sep_by_space": CHAR_MAX,
        "n_cs_precedes": CHAR_MAX,
        "n_sep_by_space": CHAR_MAX,
        "p_sign_posn": CHAR_MAX,
        "n_sign_posn": CHAR_MAX,
        "decimal_point": ".",
        "thousands_sep": "",
        "grouping": [],
    }


def nl_langinfo(key):
    """The locale's value for a langinfo constant (CODESET, RADIXCHAR,
    THOUSEP)."""
    values = {CODESET: "UTF-8", RADIXCHAR: ".", THOUSEP: ""}
    if key not in values:
        raise ValueError("unsupported langinfo constant")
    return values[key]


def strcoll(a, b):
    """Compares two strings in the locale's collation order (code points)."""
    if not isinstance(a, _builtin_str) or not isinstance(b, _builtin_str):
        raise TypeError("strcoll() argument must be str")
    return (a > b) - (a < b)


def strxfrm(string):
    """A key that sorts as strcoll does."""
    if not isinstance(string, _builtin_str):
        raise TypeError("strxfrm() argument must be str, not %s" % type(string).__name__)
    return string


def format_string(f, val, grouping=False, monetary=False):
    """`f % val` with the locale's decimal point and grouping (those of
    the C locale: '.' and none)."""
    return f % val


def currency(val, symbol=True, grouping=False, international=False):
    """`val` formatted as money: impossible in the C locale."""
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    """A float formatted as str() would, with the locale's decimal point."""
    return "%.12g" % val


def delocalize(string):
    """A number string of the locale turned into Python's notation."""
    return string


def localize(string, grouping=False, monetary=False):
    """A number string in Python's notation turned into the locale's."""
    return string


def atof(string, func=float):
    """A number string of the locale as a float (or through `func`)."""
    return func(delocalize(string))


def atoi(string):
    """A number string of the locale as an int."""
    return int(delocalize(string))
