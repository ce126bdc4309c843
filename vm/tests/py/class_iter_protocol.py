class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        print("__iter__ called")
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for x in Countdown(3):
    print(x)
print(list(Countdown(4)), sum(Countdown(10)), 2 in Countdown(3))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "exhausted"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
a, b, c = Countdown(3)
print(a, b, c)
print(max(Countdown(5)), sorted(Countdown(3)), dict(zip(Countdown(2), "ab")))


class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


f = Fib(50)
print(list(f), list(f))


class BadIter:
    def __iter__(self):
        return 42


try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    for _ in 3.5:
        pass
except TypeError as e:
    print(type(e).__name__, e)


class NoNext:
    def __iter__(self):
        return self


try:
    for _ in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
