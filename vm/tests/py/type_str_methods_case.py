words = ["hello world", "HELLO", "hElLo WoRlD", "", "123abc", "ß", "o'neil mc-donald"]
for w in words:
    print(repr(w), "|", w.upper(), "|", w.lower(), "|", w.capitalize(), "|", w.title(), "|",
          w.swapcase(), "|", w.casefold())
checks = ["abc", "ABC", "Abc", "123", "abc123", "  ", "", "Title Case", "a b", "½", "²", "x_y",
          "ab\n", "Éé", "A1"]
for c in checks:
    print(repr(c), c.isalpha(), c.isdigit(), c.isalnum(), c.isspace(), c.islower(), c.isupper(),
          c.istitle(), c.isdecimal(), c.isnumeric(), c.isidentifier(), c.isprintable(), c.isascii())
