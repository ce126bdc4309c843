it = iter([])
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)


def gen():
    yield 1
    return "done"


g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.value)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e), e.value)


class Manual:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("custom value")


m = Manual()
try:
    next(m)
except StopIteration as e:
    print(repr(e), e.value)
print(list(m), next(m, "default"))
try:
    raise StopIteration
except Exception as e:
    print("StopIteration is an Exception:", type(e).__name__)
d = {}
print(next(iter(d), "empty dict default"))
