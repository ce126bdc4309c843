from collections import OrderedDict, defaultdict, ChainMap, Counter, deque, namedtuple
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od["z"] = 0
od.move_to_end("z", last=False)
print(list(od.items()), od == OrderedDict([("z", 0), ("b", 2)]), od == {"b": 2, "z": 0}, OrderedDict(a=1) == OrderedDict(a=1))
dd = defaultdict(list)
dd["x"].append(1)
dd["y"]
print(dict(dd), dd.default_factory is list, len(dd), "z" in dd, defaultdict(int)["q"])
try:
    defaultdict(None)["missing"]
except KeyError as e:
    print(type(e).__name__, e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.get("c", 0), "b" in cm, cm.maps[1]["a"])
cm["c"] = 4
print(cm.maps[0], cm.new_child({"a": 0})["a"], cm.parents["a"])
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sorted(c.elements())[:4], c.total() if hasattr(c, "total") else 11)
c.update("aaz")
c.subtract({"a": 10})
print(c["a"], c["z"], sorted((+c).items()), sorted((c & Counter("zz")).items()), sorted((Counter("ab") + Counter("bc")).items()))
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.maxlen, d[0], d[-1], d.count(2), list(reversed(d)))
d.rotate(1)
print(d, d.popleft(), d.pop(), d)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
Pt = namedtuple("Pt", "x y", defaults=[0])
p = Pt(1)
print(p, p._replace(y=5), p._asdict(), Pt._fields, Pt._make([3, 4]), p.x + p[1])
try:
    Pt(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print(type(e).__name__, e)
