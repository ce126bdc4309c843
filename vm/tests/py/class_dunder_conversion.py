class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        print("__int__")
        return int(self.v)

    def __float__(self):
        print("__float__")
        return float(self.v)

    def __index__(self):
        print("__index__")
        return int(self.v)

    def __round__(self, nd=None):
        return "round(%r, %r)" % (self.v, nd)


n = Num(3.7)
print(int(n))
print(float(n))
print([10, 20, 30, 40][Num(2)])
print("abcdef"[Num(1):Num(4)])
print(bin(Num(5)), hex(Num(255)), oct(Num(8)))
print(round(n), round(n, 2))
print(range(Num(3)))


class OnlyIndex:
    def __index__(self):
        return 4


print(int(OnlyIndex()), [0] * OnlyIndex(), "x" * OnlyIndex())
try:
    idx = 1.0
    [1, 2][idx]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "x"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
