import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "printable", "whitespace"]:
    value = getattr(string, name)
    print(name, repr(value), len(value))

print(string.capwords("hello   big world"))
print(string.capwords("a-b-c", "-"))
print(all(c in string.printable for c in string.ascii_letters + string.digits))
print("".join(sorted(set(string.hexdigits.lower()))))
