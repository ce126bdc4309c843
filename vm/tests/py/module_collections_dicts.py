from collections import defaultdict, OrderedDict, Counter

# defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"]
print(dd, len(dd), dd.default_factory, isinstance(dd, dict))
counts = defaultdict(int)
for w in "the cat the hat the end".split():
    counts[w] += 1
print(counts, dict(counts))
print(counts.get("zzz"), "zzz" in counts, counts["zzz"], "zzz" in counts)
n = defaultdict(None, {"x": 1})
print(n)
try:
    n["missing"]
except KeyError as e:
    print(type(e).__name__, e)
c2 = counts.copy()
c2["new"] += 5
print(type(c2).__name__, c2["new"], "new" in counts)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(dict(nested["a"]), defaultdict(list, a=[1]), defaultdict(dict, [("k", {})]))
print(dd | {"c": 3}, type(dd | {}).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)

# OrderedDict
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(od, list(od), list(od.keys()), list(od.values()))
od.move_to_end("z")
print(od)
od.move_to_end("m", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("b", 1), ("a", 2)]), OrderedDict(x=1))
o1 = OrderedDict([("a", 1), ("b", 2)])
o2 = OrderedDict([("b", 2), ("a", 1)])
print(o1 == o2, o1 == dict(o2), dict(o1) == o2, o1 != o2)
print(OrderedDict.fromkeys("abc", 0), list(reversed(o1)))
print(o1.copy(), o1 | {"c": 3}, type(o1.copy()).__name__)
for action in [lambda: od.move_to_end("nope"), lambda: OrderedDict().popitem()]:
    try:
        action()
    except KeyError as e:
        print(type(e).__name__, e)

# Counter
c = Counter("abracadabra")
print(c, c["a"], c["zzz"], "zzz" in c, len(c))
print(c.most_common(), c.most_common(2), c.most_common(0))
print(sorted(c.elements()), c.total())
c.update("aaz")
c.update({"b": 10})
c.subtract(r=2, a=1)
print(c)
print(Counter(), Counter(a=1, b=0, c=-2), Counter({"x": 3}))
d = Counter(a=3, b=1, c=-1)
e = Counter(a=1, b=2, d=4)
print(d + e, d - e, d | e, d & e)
print(+d, -d)
d2 = d.copy()
d2 += e
print(d2)
d2 -= Counter(d=10)
print(d2)
d2 |= Counter(b=7)
d2 &= Counter(a=2, b=5)
print(d2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) <= Counter(a=2), Counter(a=2) < Counter(a=2))
print(Counter(a=1, b=2) >= Counter(a=1), Counter(a=1) > Counter(), Counter(a=1) == {"a": 1})
del c["nope"]
del c["a"]
print(c)
print(Counter(["x", "y", "x"]).most_common(1)[0], Counter("hello").most_common(3))
words = Counter()
for w in "a b a c b a".split():
    words[w] += 1
print(words, isinstance(words, dict))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print(type(e).__name__, e)
