class Point:
    """A 2D point."""
    dims = 2

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.dims, Point.dims, Point.__doc__)
q = p.moved(1, -1)
print(q.x, q.y, type(q).__name__, type(q) is Point, isinstance(q, Point))
print(Point.norm2(p), Point.__name__, Point.__qualname__, Point.__module__)
p.dims = 3  # instance attribute shadows class attribute
print(p.dims, Point.dims, q.dims)
del p.dims
print(p.dims)
Point.dims = 5
print(p.dims, q.dims)
print(p.__dict__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
p.__dict__["z"] = 9
print(p.z)
m = p.norm2
print(m(), m.__self__ is p, m.__func__ is Point.norm2, m.__name__)
print(type(Point).__name__, type(p).__name__, Point.__bases__[0].__name__)


class Empty:
    pass


e = Empty()
e.anything = [1]
print(e.anything, isinstance(e, object))
try:
    Point(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
