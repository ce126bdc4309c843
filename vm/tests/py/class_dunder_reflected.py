class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return "Money(%d)" % self.cents

    def __add__(self, other):
        print("__add__", other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("__radd__", other)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __rsub__(self, other):
        print("__rsub__", other)
        return Money(other - self.cents)

    def __rmul__(self, k):
        print("__rmul__", k)
        return Money(self.cents * k)

    def __rtruediv__(self, other):
        return "rtruediv(%r)" % (other,)

    def __rfloordiv__(self, other):
        return "rfloordiv(%r)" % (other,)

    def __rmod__(self, other):
        return "rmod(%r)" % (other,)

    def __rpow__(self, other):
        return "rpow(%r)" % (other,)

    def __rlshift__(self, other):
        return "rlshift"

    def __rand__(self, other):
        return "rand"

    def __ror__(self, other):
        return "ror"

    def __rxor__(self, other):
        return "rxor"


m = Money(100)
print(m + 5)
print(5 + m)
print(m + m)
print(10 - m)
print(3 * m)
print(1 / m, 1 // m, 1 % m, 2 ** m, 1 << m, 1 & m, 1 | m, 1 ^ m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    m + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "str" + m
except TypeError as e:
    print(type(e).__name__, e)


class Base:
    def __add__(self, o):
        return "Base.__add__"

    def __radd__(self, o):
        return "Base.__radd__"


class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__"


# subclass reflected method is tried first
print(Base() + Derived())
print(Derived() + Base())


class OnlyRight:
    def __radd__(self, o):
        return "OnlyRight.__radd__ " + type(o).__name__


print(1 + OnlyRight(), "x" + OnlyRight(), [1] + OnlyRight())
