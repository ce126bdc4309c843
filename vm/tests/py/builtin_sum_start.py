print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 10), sum([1, 2.5]), sum(range(101)), sum([[1], [2]], []), sum([(1,), (2,)], ()))
print(sum([True, True]), sum([], start=5), sum(iter([1, 2]), start=-3), sum([10**20, 10**20]), sum([1.5, -1.5, 1e100, -1e100]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum(5),
             lambda: sum([1, "a"]), lambda: sum([[1]]), lambda: sum([1], 2, 3)]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, n):
        self.n = n
    def __add__(self, o):
        return V(self.n + (o.n if isinstance(o, V) else o))
    def __radd__(self, o):
        return V(o + self.n)
print(sum([V(1), V(2)]).n, sum([V(1)], V(10)).n)
