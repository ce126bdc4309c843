class Acc:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Acc(%r)" % (self.v,)

    def __iadd__(self, o):
        print("__iadd__")
        self.v += o
        return self

    def __add__(self, o):
        print("__add__")
        return Acc(self.v + o)

    def __isub__(self, o):
        print("__isub__ returns new object")
        return Acc(self.v - o)

    def __mul__(self, o):
        print("__mul__ (no __imul__)")
        return Acc(self.v * o)

    def __ipow__(self, o):
        self.v **= o
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        return self

    def __imod__(self, o):
        self.v %= o
        return self

    def __ilshift__(self, o):
        self.v <<= o
        return self

    def __ior__(self, o):
        self.v |= o
        return self

    def __iand__(self, o):
        self.v &= o
        return self

    def __ixor__(self, o):
        self.v ^= o
        return self

    def __irshift__(self, o):
        self.v >>= o
        return self

    def __itruediv__(self, o):
        return NotImplemented

    def __truediv__(self, o):
        print("fallback __truediv__")
        return Acc(self.v / o)


a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a -= 1
print(a, a is orig)
b = a
a *= 3
print(a, a is b)
a **= 2
a //= 7
a %= 13
a <<= 4
a |= 1
a &= 0xFF
a ^= 0x0F
a >>= 1
print(a)
a /= 2
print(a)


class NoInplace:
    pass


n = NoInplace()
try:
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n //= 1
except TypeError as e:
    print(type(e).__name__, e)
