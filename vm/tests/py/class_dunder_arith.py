class V:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __divmod__(self, k):
        return (self // k, self % k)

    def __pow__(self, k, mod=None):
        if mod is None:
            return V(self.x ** k, self.y ** k)
        return V(pow(self.x, k, mod), pow(self.y, k, mod))

    def __lshift__(self, k):
        return V(self.x << k, self.y << k)

    def __rshift__(self, k):
        return V(self.x >> k, self.y >> k)

    def __and__(self, k):
        return V(self.x & k, self.y & k)

    def __or__(self, k):
        return V(self.x | k, self.y | k)

    def __xor__(self, k):
        return V(self.x ^ k, self.y ^ k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return V(+self.x, +self.y)

    def __abs__(self):
        return V(abs(self.x), abs(self.y))

    def __invert__(self):
        return V(~self.x, ~self.y)


a, b = V(7, -3), V(1, 2)
print(a + b, a - b, a * 3, a / 2, a // 2, a % 4, divmod(a, 4))
print(a ** 2, pow(a, 3, 5), a << 2, a >> 1, a & 6, a | 8, a ^ 5)
print(-a, +a, abs(a), ~a)
try:
    a @ b
except TypeError as e:
    print(type(e).__name__, e)
try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs("s")
except TypeError as e:
    print(type(e).__name__, e)
