samples = ["", "abc", "ABC", "Abc", "abc1", "123", "½", "²", "١٢٣", " \t\n", "a b", "Hello World", "Hello world",
           "_id", "1id", "class", "é", "ß", "\x00", "a\u200bb", "A1_b", "\x7f", "ＡＢ"]
methods = ["isalpha", "isalnum", "isdigit", "isdecimal", "isnumeric", "isspace", "islower", "isupper",
           "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(repr(s), "".join("1" if getattr(s, m)() else "0" for m in methods))
for m in methods:
    try:
        getattr(str, m)(5)
    except TypeError as e:
        print(m, type(e).__name__, e)
    try:
        getattr("a", m)(1)
    except TypeError as e:
        print(m, type(e).__name__, e)
