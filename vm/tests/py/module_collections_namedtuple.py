from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p))
print(Point(x=3, y=4), Point(5, y=6), Point._fields, Point.__name__)
print(p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)), isinstance(p, tuple))
x, y = p
print(x, y, p + (3,), p[:1], p * 2, 2 in p, p.index(2), p.count(1))
print(p._replace(y=9), p._asdict(), Point._make([7, 8]), p.__getnewargs__())
print(Point, Point.__doc__, Point.__new__.__doc__, Point.__match_args__)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(repr(Point(x="a", y=[1])))

P3 = namedtuple("P3", "a, b c", defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults)
R = namedtuple("R", ["ok", "def", "ok", "_x", "2bad"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
E = namedtuple("E", "")
print(E(), E._fields, len(E()))
M = namedtuple("M", "a", module="somewhere")
print(M, M.__module__)


class Vec(namedtuple("VecBase", "x y")):
    __slots__ = ()

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


v = Vec(1, 2) + Vec(3, -4)
print(v, v.norm1, type(v).__name__)

for action in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2),
               lambda: Point(1, 2, x=1), lambda: p._replace(z=1),
               lambda: Point._make([1]), lambda: setattr(p, "x", 5),
               lambda: setattr(p, "z", 5), lambda: delattr(p, "y"),
               lambda: namedtuple("Bad", "a a"), lambda: namedtuple("Bad", "_a"),
               lambda: namedtuple("Bad", "class"), lambda: namedtuple("1Bad", "a"),
               lambda: namedtuple("Bad", "a-b"),
               lambda: namedtuple("Bad", "a", defaults=[1, 2])]:
    try:
        action()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
