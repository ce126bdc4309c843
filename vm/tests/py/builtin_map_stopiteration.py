# A StopIteration raised by the function map() or filter() calls ends the
# iteration where it is, as a StopIteration from __next__ does.
def f(x):
    if x == 3:
        raise StopIteration
    return x * 10
print(list(map(f, [1, 2, 3, 4])))
print(list(filter(lambda x: f(x) > 0, [1, 2, 3, 4])))
print(sum(map(f, range(10))), [y for y in map(f, [1, 3])])
print(list(zip([1, 2], map(f, [2, 3, 4]))))
it = map(f, [3, 1])
try:
    next(it)
except StopIteration as e:
    print("next raised StopIteration")
print(list(it))
def g():
    yield from map(f, [1, 2, 3])
print(list(g()))
