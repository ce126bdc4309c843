# Instance attributes are observable the same way however they are stored:
# through attribute access, vars(), __dict__, setattr/getattr/delattr.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


a = Point(1, 2)
b = Point(3, 4)
b.z = 5                      # b leaves the shape a keeps
print(a.x, a.y, b.x, b.y, b.z, hasattr(a, "z"))
print(vars(a), vars(b))

# Same names, different order.
c = Point.__new__(Point)
c.y = 10
c.x = 20
print(vars(c), c.x, c.y)

# __dict__ is a live view, and the same object each time.
d = a.__dict__
print(d is a.__dict__, d)
d["x"] = 100
d["w"] = "new"
print(a.x, a.w)
a.y = 200
print(d["y"], sorted(d))
del a.w
print("w" in d, hasattr(a, "w"))

# Names that are not identifiers, and names built at run time.
setattr(b, "not an identifier", 1)
name = "".join(["dyn", "amic"])
setattr(b, name, 2)
print(getattr(b, "not an identifier"), b.dynamic, getattr(b, "dyn" + "amic"))
print(sorted(vars(b)))

# Deleting attributes, and the errors for missing ones.
p = Point(7, 8)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 9
print(vars(p))

# Replacing __dict__ wholesale.
q = Point(1, 1)
q.__dict__ = {"x": "replaced", "k": 3}
print(q.x, q.k, hasattr(q, "y"), vars(q))


# Many attributes: more than any instance keeps inline.
class Wide:
    pass


w = Wide()
for i in range(40):
    setattr(w, "a%d" % i, i)
for i in range(40):
    exec("w.b%d = %d" % (i, i * i))
print(len(vars(w)), w.a39, w.b39, sum(getattr(w, "b%d" % i) for i in range(40)))


# Instances of one class that grow more attributes than the first ones had.
class Grows:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i)
        self.last = n


items = [Grows(n) for n in range(8)]
print([len(vars(g)) for g in items], [g.last for g in items])


class Direct:
    def __init__(self, n):
        self.a = n
        if n > 1:
            self.b = n
        if n > 2:
            self.c = n
        if n > 3:
            self.d = n
        if n > 4:
            self.e = n
        if n > 5:
            self.f = n


ds = [Direct(n) for n in range(8)]
print([sorted(vars(x)) for x in ds[5:]], [x.a for x in ds])
print(ds[7].f, ds[6].f, getattr(ds[5], "f", "none"))

# Class attributes, properties and methods next to instance attributes.
class Mixed:
    shared = "class"

    def __init__(self):
        self.own = "instance"

    @property
    def prop(self):
        return self.own.upper()

    def method(self):
        return "method"


m = Mixed()
print(m.shared, m.own, m.prop, m.method())
m.shared = "shadowed"
m.method = lambda: "instance function"
print(m.shared, Mixed.shared, m.method(), sorted(vars(m)))
try:
    m.prop = 1
except AttributeError as e:
    print("AttributeError:", e)


# __getattr__ and __setattr__ hooks see the same attributes.
class Hooked:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "missing " + name

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)


h = Hooked()
h.more = 5
print(h.real, h.more, h.nothing, vars(h))

# Changing __class__ keeps the attributes.
class Other:
    def describe(self):
        return "other %s %s" % (self.x, self.y)


o = Point(5, 6)
o.__class__ = Other
print(o.describe(), type(o).__name__, vars(o))

# Copying attributes between instances through their dicts.
src = Point(11, 12)
dst = Point.__new__(Point)
dst.__dict__.update(src.__dict__)
dst.x += 1
print(vars(src), vars(dst))

# Many instances, read back after collections.
points = [Point(i, -i) for i in range(5000)]
for i, pt in enumerate(points):
    if i % 3 == 0:
        pt.extra = i
total = sum(pt.x - pt.y + getattr(pt, "extra", 0) for pt in points)
print(total)
