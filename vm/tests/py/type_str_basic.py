s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s + "!", s * 2, "-" * 10, "World" in s, "world" in s, "" in s, "xyz" not in s)
print([c for c in "abc"], list("hi"), tuple("ok"), "".join(reversed("stressed")))
print("abc" < "abd", "abc" < "ab", "B" < "a", "a" < "B", "" < "a", "Z" * 3 == "ZZZ")
print(str(), str(1), str(1.5), str([1, "a"]), str(None), str(b"x"), str(str))
print(ord("A"), chr(97), ord("é"), chr(0x263A) == "\u263a", ord("\n"))
print(type(s).__name__, isinstance(s, str), s.__len__(), s.__contains__("lo"))
print(max("hello"), min("hello"), sorted("banana"), "banana".count("an"))
print("a,b".split(","), "x".join(["1", "2", "3"]), "Mississippi".replace("ss", "SS"))
t = "immutable"
try:
    t[0] = "I"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc"[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    "abc" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" - "b"
except TypeError as e:
    print(type(e).__name__, e)
print("abc"[1:100], "abc"[5:], "abc"[-100:1])
u = "naïve café ünïcödé"
print(len(u), u.upper(), u[2], u[::-1])
print("tab\tsep".expandtabs(4), repr("a\tb".expandtabs()))
