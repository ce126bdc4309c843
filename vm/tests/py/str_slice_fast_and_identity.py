# str slicing: every kind of bound (small ints, negative, out of range,
# None, bools, __index__ objects, huge ints), steps, ASCII and non-ASCII
# text, subclasses; a slice covering the whole of a str is the str itself.


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


class S(str):
    pass


text = "Hello, world"
uni = "héllo wörld"
bounds = [None, 0, 1, 3, -1, -3, 5, 12, 13, 100, -100, True, False, Idx(2), Idx(-2), 2 ** 70, -(2 ** 70)]
out = []
for s in (text, uni, ""):
    for a in bounds:
        for b in bounds:
            out.append(s[a:b])
print(len(out), out[:30])
print(sum(len(x) for x in out), "|".join(out[200:260]))

for s in (text, uni):
    print(s[::2], s[::-1], s[1:8:3], s[-2:2:-2], s[Idx(1):Idx(-1):Idx(2)])

print(text[:] is text, text[0:] is text, text[:len(text)] is text, text[-100:100] is text)
print(uni[:] is uni, text[0:5] is text, text[::1] is text)
sub = S("subclass text")
piece = sub[:]
print(type(piece).__name__, piece == sub, sub[3:8], type(sub[3:8]).__name__)

w = "word"
print(w[0].upper() + w[1:], w[:1].isupper(), "Word"[:1].isupper(), ""[:1].isupper())
try:
    text[1:2:0]
except ValueError as e:
    print("ValueError:", e)
try:
    text["a":]
except TypeError as e:
    print("TypeError:", e)
print(["%s|%s" % (p[:1], p[1:]) for p in "one two three".split()])
