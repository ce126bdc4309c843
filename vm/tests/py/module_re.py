import re
print(re.search(r"(\d+)-(\d+)", "tel 123-456 x").groups())
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe rest")
print(m.group(0), m["first"], m.group("last", 1), m.groupdict(), m.span(2), m.lastindex, m.lastgroup)
print(repr(m))
print(re.findall(r"\b\w", "hello big world"), re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall("x*", "abxd"))
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@host you@there"))
print(re.sub("x*", "-", "abxd"), re.subn("a", "b", "aaa", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(,)", "a,b,c", maxsplit=1))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.compile(r"^ab$", re.M).findall("ab\nab\nx"))
print(re.search(r"a$", "ba\n") is not None, re.search(r"a\Z", "ba\n"))
print(re.findall(r"(?i)straße", "STRASSE Straße"))
print(re.escape("a.b*c?"), re.compile("a", re.I | re.S))
print(re.match(r"é(.)", "éü").group(1), re.search("ü", "aaéü").span())
print(re.findall(rb"\w+", b"caf\xe9 ok"), re.sub(rb"o", b"0", b"foo"))
pat = re.compile(r"(a)|(b)")
print([m.groups() for m in pat.finditer("ab")], pat.groups, pat.pattern)
print(re.match(r"a{2}", "aaa").group(), re.match(r"a{x", "a{x").group())
for bad in ["(", "a)", "[a", "*a"]:
    try:
        re.compile(bad)
    except re.error as e:
        print("error", type(e).__name__)
try:
    re.sub("a", r"\9", "a")
except re.error as e:
    print("error", e)
print(re.compile(r"\d").match("a1", 1), re.compile(r"\d").search("12345", 2, 4).group())
print(re.sub(r"(?P<x>\d)", r"<\g<x>>", "a1b2"), re.sub("a", r"\n", "bab") == "b\nb")
print(bool(re.match("", "")), re.match("a", "b"))
print(re.findall(r"[^]a]", "]ab"), re.findall(r"[a-c&&]", "a&b"))
text = "The quick brown fox"
print([m.start() for m in re.finditer(r"o", text)], re.search(r"(?<=quick )\w+", text).group())
print(re.I, re.M | re.X, int(re.A))
