class DoubleList(list):
    def __setitem__(self, i, v):
        super().__setitem__(i, v * 2)
    def __getitem__(self, i):
        return super().__getitem__(i) + 1
    def __len__(self):
        return super().__len__() * 10
    def __contains__(self, v):
        return super().__contains__(v // 2)
    def __iter__(self):
        return iter([x * 100 for x in list(super().__iter__())])
l = DoubleList([1, 2])
l[0] = 5
print(l[0], len(l), 5 in l, list(l), list.__getitem__(l, 0), list(reversed(l)))
class Box(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, [v])
    def __getitem__(self, k):
        return super().__getitem__(k)[0]
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
b = Box()
b["a"] = 1
print(b["a"], dict(b), len(b))
del b["a"]
print(dict(b))
class Text(str):
    def __len__(self):
        return super().__len__() + 100
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
    def __contains__(self, x):
        return super().__contains__(x.lower())
t = Text("abc")
print(len(t), t[1], "B" in t, str(t), repr(t), t + "d")
class Num(int):
    def __add__(self, other):
        return Num(super().__add__(int(other)) * 10)
    def __repr__(self):
        return "Num(" + super().__repr__() + ")"
    def __hash__(self):
        return super().__hash__() + 1
    def __bool__(self):
        return not super().__bool__()
n = Num(4)
print(n + 1, repr(n), hash(n), bool(n), bool(Num(0)), n.__add__(2.5), str(n))
class F(float):
    def __mul__(self, o):
        return super().__mul__(o) + 0.5
    def __round__(self, nd=None):
        return super().__round__(nd) if nd is not None else "rounded"
print(F(2.0) * 3, round(F(2.5)), round(F(2.25), 1))
class S(set):
    def __ior__(self, other):
        print("ior")
        return super().__ior__(other)
s = S({1})
s |= {2}
print(sorted(s), type(s).__name__)
class L2(list):
    def __iadd__(self, other):
        r = super().__iadd__(other)
        print("iadd", r is self)
        return r
x = L2([1])
x += [2]
print(x, type(x).__name__)
