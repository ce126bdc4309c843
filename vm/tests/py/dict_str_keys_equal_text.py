# Dict lookups by str keys that are equal but not the same object: short,
# long (several words), non-ASCII, empty, differing only in the last byte
# or in length, mixed with keys of other types and str subclasses.


class S(str):
    pass


class LoudEq(str):
    def __eq__(self, other):
        print("LoudEq.__eq__", str.__eq__(self, other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


def fresh(s):
    # A new str object with the same text.
    return "".join(list(s))


keys = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "x" * 40,
        "é", "日本語", "naïve café", "abcdefgh" * 5 + "!"]
d = {k: i for i, k in enumerate(keys)}
for k in keys:
    f = fresh(k)
    print(repr(k[:12]), f is k and len(k) > 1, d[f], d.get(f), f in d)

near = ["abcdefgX", "abcdefghX", "abcdefg\x00", "x" * 39, "x" * 41, "日本", "ab\x00"]
for k in near:
    print(repr(k), d.get(k, "absent"), k in d)

mixed = {1: "int", 1.5: "float", (1, "a"): "tuple", "1": "str", b"1": "bytes"}
print(mixed[1.0], mixed[True], mixed[fresh("1")], mixed[(1, fresh("a"))], mixed[b"1"])
mixed[S("1")] = "via subclass"
print(mixed["1"], len(mixed))
print(mixed.get(S("1")), S("1") in mixed, {S("q"): 1}.get(fresh("q")))
loud = {LoudEq("key"): 1}
print(loud.get(fresh("key")), fresh("key") in loud)
print({fresh("key"): 2}.get(LoudEq("key")))

counts = {}
words = ("the cat and the hat and the bat " * 3).split()
for w in words:
    counts[w] = counts.get(w, 0) + 1
for w in words:
    key = fresh(w) + "!"
    if key in counts:
        counts[key] += 1
    else:
        counts[key] = 1
print(sorted(counts.items()))
