class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented


class B:
    def __eq__(self, other):
        print("B.__eq__")
        return "B says equal"

    def __radd__(self, other):
        print("B.__radd__")
        return "B radd result"

    def __gt__(self, other):
        print("B.__gt__")
        return "B gt result"


a, b = A(), B()
print(a == b)
print(a + b)
print(a < b)
print(a == a)  # falls back to identity
print(a != A())
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a < 1
except TypeError as e:
    print(type(e).__name__, e)
print(NotImplemented, type(NotImplemented).__name__)
print((1).__add__("x"), (1).__eq__("x"), "s".__lt__(3))
print(int.__add__(3, 4), (3.5).__radd__(1))
