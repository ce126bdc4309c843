import pickle, copy
def roundtrip(it, name):
    for proto in (0, 2, 4, 5):
        d = pickle.dumps(it, proto)
        r = pickle.loads(d)
    print(name, list(pickle.loads(pickle.dumps(it))), list(it))
it = iter([1, 2, 3]); next(it); roundtrip(it, "list")
it = iter((1, 2, 3)); roundtrip(it, "tuple")
it = iter("abc"); next(it); roundtrip(it, "str")
it = iter(b"xyz"); next(it); next(it); roundtrip(it, "bytes")
it = iter(range(2, 10, 3)); next(it); roundtrip(it, "range")
it = iter({1: 2, 3: 4, 5: 6}); next(it); roundtrip(it, "dict")
it = iter({1: 2, 3: 4}.items()); roundtrip(it, "items")
it = iter({7, 8}); print(sorted(pickle.loads(pickle.dumps(it))))
it = enumerate("abc", 5); next(it); roundtrip(it, "enumerate")
it = zip([1, 2], "ab"); roundtrip(it, "zip")
it = map(abs, [-1, -2, 3]); next(it); roundtrip(it, "map")
it = filter(None, [0, 1, 2, 0, 3]); roundtrip(it, "filter")
it = reversed([1, 2, 3]); next(it); roundtrip(it, "reversed list")
it = reversed((1, 2, 3)); roundtrip(it, "reversed tuple")
it = iter([1]); list(it); roundtrip(it, "exhausted")
c = copy.copy(iter([4, 5, 6])); print(list(c))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
print(iter([1, 2]).__reduce__()[0] is iter, enumerate("a").__reduce__()[0])
try:
    pickle.dumps(iter(int, 1))
except Exception as e:
    print(type(e).__name__)
