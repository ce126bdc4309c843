print(hash(0), hash(1), hash(-1), hash(-2), hash(10 ** 6), hash(-(10 ** 6)))
print(hash(True), hash(False), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62), hash(-(2 ** 61 - 1)))
print(hash(2 ** 64), hash(-(2 ** 64)), hash(10 ** 30), hash(1.0), hash(0.0), hash(-0.0), hash(1.5), hash(-2.25))
print(hash(()), hash((1,)), hash((1, 2, 3)), hash((-1, -2)), hash(((), ())), hash((True, 0)))
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(1) == hash(1.0) == hash(True), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash(None) == hash(None), hash(range(3)) == hash(range(0, 3, 1)))
print(hash("abc") == hash("abc"), hash(b"xyz") == hash(b"xyz"), hash("") == hash(""))
for unhashable in ([], {}, set(), bytearray()):
    try:
        hash(unhashable)
    except TypeError as e:
        print(type(e).__name__, e)
d = {}
d[1] = "int one"
d[1.0] = "float one overwrites value, key stays"
d[True] = "bool too"
print(d)
