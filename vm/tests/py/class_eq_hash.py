class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%r, %r)" % (self.a, self.b)


d = {Key(1, 2): "first"}
print(d[Key(1, 2)], Key(1, 2) in d, Key(2, 1) in d)
d[Key(1, 2)] = "replaced"
print(len(d), d)
s = {Key(0, 0), Key(0, 0), Key(0, 1)}
print(len(s))
print(hash(Key(1, 2)) == hash((1, 2)))


class HashOnly:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return 1  # all collide; equality is identity


h1, h2 = HashOnly(1), HashOnly(1)
print(len({h1, h2, h1}), h1 == h2, hash(h1))


class BigHash:
    def __hash__(self):
        return 2 ** 70


print(hash(BigHash()) == hash(2 ** 70))


class NegOne:
    def __hash__(self):
        return -1


print(hash(NegOne()))


class BadHash:
    def __hash__(self):
        return "nope"


try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
# default hash is identity based and consistent
o = object()
print(hash(o) == hash(o), o == o, object() == object())
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
