class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale


add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2, 3])))
print(sorted([3, 1, 2], key=Adder(-1)))


class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = coeffs

    def __call__(self, x):
        result = 0
        for c in self.coeffs:
            result = result * x + c
        return result


p = Polynomial(1, -3, 2)  # x^2 - 3x + 2
print([p(x) for x in range(5)])


class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(NotCallable()), callable(print), callable(lambda: 1), callable("s"))

# __call__ is looked up on the type, not the instance
nc = NotCallable()
nc.__call__ = lambda: "instance attr"
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)


class Chain:
    def __init__(self):
        self.calls = []

    def __call__(self, v):
        self.calls.append(v)
        return self


c = Chain()
print(c(1)(2)(3).calls)
