def leaky():
    yield 1
    raise StopIteration("escaped")


g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)


def via_next():
    it = iter([])
    yield next(it)  # StopIteration inside generator body


try:
    list(via_next())
except RuntimeError as e:
    print(type(e).__name__, e)


def safe_version():
    it = iter([1, 2])
    while True:
        try:
            v = next(it)
        except StopIteration:
            return
        yield v


print(list(safe_version()))


def handled_inside():
    try:
        raise StopIteration
    except StopIteration:
        yield "caught internally is fine"


print(list(handled_inside()))


# StopIteration from a plain iterator in a for loop is normal termination
class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


print(list(It()))

# genexpr behaves the same
try:
    list(next(iter([])) for _ in range(1))
except RuntimeError as e:
    print("genexpr:", type(e).__name__, e)
