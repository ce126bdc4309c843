# Iterating a non-ASCII str decodes one character per step from the byte
# offset the iterator keeps; __setstate__ moves the iterator anywhere, after
# which the offset is found again.
s = "é" * 50000 + "abc" + "日本" * 1000 + "\U0001F600"
n = 0
widths = {}
for c in s:
    n += 1
    w = len(c.encode())
    widths[w] = widths.get(w, 0) + 1
print(n, len(s), sorted(widths.items()))
print("".join(c for c in "héllo, wörld") == "héllo, wörld")

it = iter("aé日b😀")
print(next(it), next(it), it.__reduce__()[2])
it.__setstate__(1)
print(list(it))
it = iter("aé日b😀")
next(it); next(it); next(it)
it.__setstate__(0)
print(list(it))
it = iter("aé日")
it.__setstate__(10)
print(list(it), list(iter("")), list("ñ"))
it = iter("xé")
print(list(zip(it, "ab")), list(it))
print(list(enumerate("日本語")), [c * 2 for c in "ñü"])
# ASCII text whose characters are not all interned yet takes both paths.
print(list("hel\x01lo\x02~\x03z"), list("\x04\x05ab\x06"))
