def inner():
    print("inner start")
    yield 1
    yield 2
    print("inner end")
    return "inner result"


def outer():
    print("outer start")
    result = yield from inner()
    print("inner returned:", result)
    yield 3
    return "outer result"


g = outer()
print(list(g))
g = outer()
for v in g:
    print("got", v)


def delegate_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * x for x in range(3))
    r = yield from []
    print("yield from list returns", r)


print(list(delegate_iterables()))


def tree(depth):
    if depth == 0:
        yield "leaf"
        return 1
    left = yield from tree(depth - 1)
    right = yield from tree(depth - 1)
    return left + right


def count_leaves():
    n = yield from tree(3)
    print("leaves:", n)


print(len(list(count_leaves())))


def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x


print(list(flatten([1, [2, [3, 4], [[5]]], 6])))


def ret_only():
    return "immediately"
    yield


def take():
    v = yield from ret_only()
    yield v


print(list(take()))
