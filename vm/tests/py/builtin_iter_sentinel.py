# iter(callable, sentinel).
items = [1, 2, 3, 0, 4]
it = iter(items.pop, 2)
print(type(it).__name__, list(it), items)

count = 0


def tick():
    global count
    count += 1
    return count


print(list(iter(tick, 5)))
it = iter(tick, 100)
print(next(it), next(it), iter(it) is it)
print([x for x in iter(iter("abcd").__next__, "c")])

words = iter(["x", "y", "", "z"])
print(list(iter(lambda: next(words), "")))
print(list(words))


def raiser():
    raise ValueError("from callable")


try:
    list(iter(raiser, None))
except ValueError as e:
    print(type(e).__name__, e)
stop = iter([1, 2])
it = iter(stop.__next__, 99)
print(list(it), list(it))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class Equal:
    def __eq__(self, other):
        return other == 3


print(list(iter(iter([1, 2, 3, 4]).__next__, Equal())))
