class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))

    def __eq__(self, o):
        print("  __eq__", self, o)
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts

    def __lt__(self, o):
        print("  __lt__", self, o)
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts

    def __le__(self, o):
        print("  __le__", self, o)
        return self.parts <= o.parts


a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(a > b)  # reflected: b.__lt__(a)
print(a <= b)
print(a >= b)  # reflected: b.__le__(a)
print(a == Version(1, 2))
print(a != b)  # default __ne__ inverts __eq__
print(a == "1.2")  # NotImplemented both sides -> identity comparison
print(a != "1.2")
print(sorted([Version(2), Version(1, 5), Version(1)], key=lambda v: v.parts))
try:
    print(a < 5)
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q)
try:
    p < q
except TypeError as e:
    print(type(e).__name__, e)


class Always:
    def __eq__(self, o):
        return True

    def __gt__(self, o):
        return "truthy string"


x = Always()
print(x == 1, 1 == x, x != 2, [x] == [5], x in [1, 2], x > 0, 0 < x)
print(1 < 2.5, [1, 2] < [1, 3], (1, "a") < (1, "b"), "abc" < "abd", [1] < [1, 0])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
