# str + str for every pair of lengths around the word boundaries (the short
# results are assembled word by word), with ASCII and non-ASCII text, empty
# operands, and results compared, hashed, indexed and used as dict keys.
left = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ!?"
right = "é日本語-ßü" * 10

results = []
for i in range(0, 40, 3):
    for j in range(0, 40, 5):
        a, b = left[:i], right[:j]
        s = a + b
        t = b + a
        assert len(s) == i + j and s[:i] == a and s[i:] == b, (i, j)
        assert t == "".join([b, a]) and hash(t) == hash("".join([b, a]))
        results.append((len(s), s[-1:] if s else "", len(s.encode())))
print(results[:20], len(results))

exact = {}
for i in range(70):
    for j in (0, 1, 7, 8, 9):
        s = left[:i] + left[i:i + j]
        exact[s] = exact.get(s, 0) + 1
        assert s == left[:i + j][:len(s)]
print(len(exact), sum(exact.values()), max(exact.values()))

words = ["re", "be", "no", "ren", "om", ""]
pairs = {}
for w in words:
    for v in words:
        key = w + " " + v
        pairs[key] = pairs.get(key, 0) + len(key)
print(sorted(pairs.items())[:8], len(pairs))
print(repr("" + ""), repr("a" + ""), repr("" + "é"), ("x" * 64 + "y") [-3:], ("é" * 30 + "ab")[28:])
