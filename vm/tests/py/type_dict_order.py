d = {}
for k in ["zebra", "apple", "mango", "kiwi"]:
    d[k] = len(k)
print(list(d))
d["apple"] = 0  # updating keeps position
print(list(d.items()))
del d["zebra"]
d["zebra"] = 99  # re-inserting goes to the end
print(list(d))
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items()))[0])
d2 = {"b": 1, "a": 2}
print(d2 == {"a": 2, "b": 1}, list(d2) == list({"a": 2, "b": 1}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
print({x: x * x for x in range(5)}, {v: k for k, v in {"a": 1, "b": 2}.items()})
keys = list(range(20, 0, -3))
print(list(dict.fromkeys(keys)))
big = {i: str(i) for i in range(1000)}
for i in range(0, 1000, 2):
    del big[i]
print(list(big)[:5], len(big), list(big)[-1])
try:
    for k in counts:
        counts["new key"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
