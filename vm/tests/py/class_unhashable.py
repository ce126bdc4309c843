class EqOnly:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v


print(EqOnly.__hash__)
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(1): 1}
except TypeError as e:
    print(type(e).__name__, e)


class EqAndHash(EqOnly):
    def __hash__(self):
        return hash(self.v)


print(len({EqAndHash(1), EqAndHash(1), EqAndHash(2)}))


class InheritsEqOnly(EqOnly):
    pass


try:
    hash(InheritsEqOnly(3))
except TypeError as e:
    print(type(e).__name__, e)


class ExplicitNone:
    __hash__ = None


try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
for v in ([1], {"a": 1}, {1}, bytearray(b"x")):
    try:
        hash(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}[[1]] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in {1: 2}
except TypeError as e:
    print(type(e).__name__, e)
print([1] in [[1]], frozenset({1}) in {frozenset({1})})
