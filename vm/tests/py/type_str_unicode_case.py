# Case mappings with Unicode's special cases (title case, full folding,
# final sigma) and the character-class predicates from the Unicode tables.


def show(f, *args):
    try:
        print(ascii(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


for s in ["\ufb01nnish", "\ufb01NNISH", "\u1ff3\u1ff3\u1ffc\u1ffc", "\u01c6a", "\u00df x",
          "A\u0345\u03a3", "A\u03a3a", "\u0149x", "\u1fb2a"]:
    show(str.capitalize, s)
    show(str.title, s)
for s in ["\ufb01", "\u00df", "\u03a3", "A\u0345\u03a3", "\u00b5", "\u0130", "\u1e9e", "hELlo"]:
    show(str.casefold, s)
for s in ["A\u0345\u03a3", "A\u0345\u03a3a", "\u03a3", "A\u03a3\u0345", "\ufb01", "\u0130"]:
    show(str.swapcase, s)
for s in ["\u1ffc", "\u1ffcabc", "\u01c5", "A\u01c5", "a\u1ffc"]:
    show(str.istitle, s)
for ch in ["\U0001d7f6", "\U00011066", "\U000104a0", "\U0001f107", "\u2460", "\xbc",
           "\u0660", "\u00b2", "\U00010401"]:
    print(ascii(ch), ch.isdecimal(), ch.isdigit(), ch.isnumeric())
for ch in ["\u0374", "\u0378", "\U000e0020", "\U0001f46f", "\u00a0", "\u2028", " ", "\u00ad"]:
    print(ascii(ch), ch.isprintable(), ascii(repr(ch)))
print(int("\u0661\u0662\u0663"), float("\u0661.\u0665"), int(" \u2003 7 "))
