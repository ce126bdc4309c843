# collections.Counter: counting, most_common, elements, arithmetic.
from collections import Counter

c = Counter("abracadabra")
print(c, c.most_common(2), c.most_common(), sorted(c.elements()), c["z"], "z" in c)
c.subtract("aaa")
print(c)
c.subtract(b=5)
print(c, +c, -c)
c.update({"q": 2})
c.update(["q"])
c.update(q=1)
print(c["q"], repr(Counter()), len(c))
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3) | Counter(a=5, b=1), Counter(a=3, b=2) & Counter(a=1, b=5))
print(Counter(a=1, b=2).total(), Counter().total(), Counter(a=2) == Counter(a=2, b=0))
print(Counter({"x": 5, "y": -1}), dict(Counter("aab")), list(Counter("cba")))
print(Counter([1, 1, 2]).most_common(1)[0], Counter("aaabb").most_common(0))
d = Counter(a=1)
d["b"] += 3
del d["a"]
print(d, d.get("a"), d.get("a", 0))
print(isinstance(c, dict), Counter.fromkeys if False else "no fromkeys")
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__)
c = Counter(x=2, y=3)
c2 = c.copy()
c2["x"] = 10
print(c, c2)
c += Counter(x=1)
print(c)
c -= Counter(y=5)
print(c)
words = "the quick the lazy the end quick".split()
print(Counter(words).most_common(2))
print(sorted(Counter("mississippi").items()))
