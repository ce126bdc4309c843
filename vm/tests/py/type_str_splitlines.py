s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029end\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True), "abc".splitlines())
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split(), "  a  b  ".split(None, 1))
print("  a  b  ".rsplit(None, 1), "".split(), "".split(","), "a".split(",", 0), "a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=-1))
print("a\u3000b\x1cc".split(), "x--y--z".split("--"), "abc".split("abc"))
for call in [lambda: "a".split(""), lambda: "a".split(5), lambda: "a".rsplit(""), lambda: "a".split(",", "1")]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("-".join(["a", "b"]), "".join([]), ", ".join("xyz"), "-".join(iter(["p", "q"])))
for bad in [["a", 1], [b"x"], 5, None]:
    try:
        "-".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
