class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}

    def __getitem__(self, key):
        print("getitem", key)
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        print("setitem", key, value)
        self.cells[key] = value

    def __delitem__(self, key):
        print("delitem", key)
        del self.cells[key]

    def __contains__(self, value):
        print("contains", value)
        return value in self.cells.values()

    def __len__(self):
        return len(self.cells)


g = Grid(3, 2)
g[0, 0] = "A"
g[2, 1] = "B"
print(g[0, 0], g[1, 1], len(g))
print("A" in g, "Z" in g, "Z" not in g)
del g[0, 0]
print(len(g))
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)
try:
    del g[1, 1]
except KeyError as e:
    print(type(e).__name__, e)


class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return "Seq(%r)" % self.data


s = Seq("abcdef")
print(s[1], s[-1], s[1:4], s[::-2])
# 'in' falls back to iteration via __getitem__ when no __contains__
print("c" in s, "z" in s)


class NoSet:
    def __getitem__(self, k):
        return k


ns = NoSet()
try:
    ns[1] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    del ns[1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in object()
except TypeError as e:
    print(type(e).__name__, e)


class Missing(dict):
    def __missing__(self, key):
        return "default for " + repr(key)


m = Missing(a=1)
print(m["a"], m["b"], m.get("b"), "b" in m)
