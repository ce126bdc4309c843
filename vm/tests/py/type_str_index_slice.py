s = "hello, world"
print(s[0], s[-1], s[3:8], s[::-1], s[::2], s[-5:], s[:-7], s[100:], s[5:2], s[1:10:3], s[-1:-6:-2])
print(s[slice(2, 5)], s[slice(None, None, -3)], "é日本"[1], len("é日本"), "日本語"[::-1])
for bad in [20, -13, "1", 1.0, None]:
    try:
        print(s[bad])
    except (IndexError, TypeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s[0] = "H"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
print("a" * 3, 3 * "ab", "x" * 0, "x" * -2, "ab" + "cd", "b" in "abc", "" in "abc", "abc" < "abd", "a" < "B", "Z" < "a")
for call in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1, lambda: 5 in "abc"]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(min("bca"), max("bca"), sorted("bca"), list(reversed("abc")), "abc".__len__(), ord(max("aé")))
