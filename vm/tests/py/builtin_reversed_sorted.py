print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))))
print(list(reversed({"a": 1, "b": 2})), list(reversed([])))
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), list(r))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "item%d" % i


class Rev:
    def __reversed__(self):
        return iter(["custom", "reversed"])


print(list(reversed(Seq())), list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([3, 1, 2]), sorted([3, 1, 2], reverse=True), sorted("bca"), sorted((2, 1)), sorted(range(3, 0, -1)))
print(sorted({"b": 1, "a": 2}), sorted({"b": 1, "a": 2}.items()), sorted([[2, 1], [1, 2], [1]]))
print(sorted([-3, 2, -1], key=abs), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(sorted([0.5, -1, 3, 2.25]), sorted([True, False, 0, 1]))
orig = [5, 4]
new = sorted(orig)
print(orig, new, new is orig)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__)
