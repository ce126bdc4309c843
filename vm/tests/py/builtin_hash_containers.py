print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash((1,)) == hash((1.0,)), hash((True,)) == hash((1,)))
print(hash(frozenset()) == hash(frozenset()), hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1])), hash((frozenset([1]), (2,))) == hash((frozenset([1]), (2,))))
print(hash(()), hash((1,)), hash((1, 2)), hash((0, 0)), hash(((),)), hash((-1,)), hash((10**20,)), hash((None,)) == hash((None,)))
print(hash(frozenset()), hash(frozenset([1])), hash(frozenset([1, 2])), hash(frozenset([-1, 0, 1])), hash(frozenset(range(10))))
for v in [([],), (1, {}), frozenset(), (1, (2, [3]))]:
    try:
        print(hash(v) is not None)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return -1
class Big:
    def __hash__(self):
        return 2**100
print(hash(H()), hash(Big()), hash((H(),)) == hash((-2,)))
class Bad:
    def __hash__(self):
        return "x"
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class Eq:
    def __eq__(self, o):
        return True
try:
    hash(Eq())
except TypeError as e:
    print(type(e).__name__, e)
print(Eq.__hash__, hash(range(3)) == hash(range(0, 3)), hash(None) == hash(None), hash(1.0) == hash(1))
