# copy and pickle: shallow and deep copies, round trips at every protocol,
# user classes with state hooks, and the errors.
import copy
import pickle


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Stateful:
    def __init__(self):
        self.items = [1, 2]
        self.cache = "drop me"

    def __getstate__(self):
        return {"items": self.items}

    def __setstate__(self, state):
        self.items = state["items"]
        self.cache = None


class Reduced:
    def __init__(self, n):
        self.n = n

    def __reduce__(self):
        return (Reduced, (self.n * 2,))


nested = [1, [2, 3], {"k": (4, [5])}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
print(shallow == nested, shallow is nested, shallow[1] is nested[1])
print(deep == nested, deep[1] is nested[1], deep[2]["k"][1] is nested[2]["k"][1])
cyclic = [1]
cyclic.append(cyclic)
cycle_copy = copy.deepcopy(cyclic)
print(cycle_copy[1] is cycle_copy, cycle_copy[1] is cyclic)
p = Point(1, [2])
print(copy.copy(p).y is p.y, copy.deepcopy(p).y is p.y, copy.deepcopy(p))
print(copy.copy(Stateful()).cache, copy.deepcopy(Reduced(2)).n)

samples = [None, True, False, 0, 255, 65536, -1, 2 ** 70, -(2 ** 70), 1.5, -0.0, float("inf"),
           "", "text", "\u00e9\u4e2d", b"", b"\x00\xff", bytearray(b"ab"), (), (1,), (1, 2, 3, 4),
           [], [1, [2]], {}, {"a": 1, 2: [3]}, set(), {1, 2}, frozenset({3}), range(1, 9, 2),
           1 + 2j, Point(1, 2), len, Point]
for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in samples:
        back = pickle.loads(pickle.dumps(value, protocol))
        if back != value or type(back) is not type(value):
            print("mismatch", protocol, repr(value), repr(back))
print("round trips done")
shared = [1]
both = pickle.loads(pickle.dumps([shared, shared]))
print(both, both[0] is both[1])
state = pickle.loads(pickle.dumps(Stateful()))
print(state.items, state.cache, pickle.loads(pickle.dumps(Reduced(3))).n)
print(pickle.dumps([1, "a"], 2))
print(pickle.dumps({"k": (1, 2.5)}, 4))
anonymous = lambda: 0  # noqa: E731
for bad in [lambda: pickle.dumps(anonymous), lambda: pickle.loads(b""),
            lambda: pickle.loads(b"\x80\x04K"), lambda: pickle.loads("x")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__)
