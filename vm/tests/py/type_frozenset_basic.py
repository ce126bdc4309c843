fs = frozenset([3, 1, 2, 3])
print(fs, len(fs), 1 in fs, type(fs).__name__)
print(fs | {4}, fs & {1, 9}, fs - {1}, type(fs | {4}).__name__, type({4} | fs).__name__)
print(frozenset(), frozenset("") == frozenset(), frozenset(range(3)) == {0, 1, 2})
d = {fs: "frozenset as key"}
print(d[frozenset({1, 2, 3})])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
print(hash(fs) == hash(frozenset({1, 2, 3})), fs.issubset({1, 2, 3, 4}), fs.copy() is fs)
try:
    fs.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset({1, 2}) < frozenset({1, 2, 3}), sorted(fs.union([10])), fs.intersection([2, 3, 4]))
s = set(fs)
s.add(4)
print(s, fs)
