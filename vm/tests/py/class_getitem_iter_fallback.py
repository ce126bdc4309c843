class Squares:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 4:
            raise IndexError(i)
        return i * i


print(list(Squares()))
for v in Squares():
    if v > 1:
        break
print(4 in Squares())
it = iter(Squares())
print(type(it).__name__, next(it), next(it))


class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return "item%d" % i


print(list(StopsWithStopIteration()))


class KeyErrorPropagates:
    def __getitem__(self, i):
        raise KeyError(i)


try:
    list(KeyErrorPropagates())
except KeyError as e:
    print(type(e).__name__, e)


class NotIterable:
    __iter__ = None

    def __getitem__(self, i):
        return i


try:
    iter(NotIterable())
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
data = [1, 2, 3, 0, 4]
pos = [0]


def reader():
    v = data[pos[0]]
    pos[0] += 1
    return v


print(list(iter(reader, 0)))
