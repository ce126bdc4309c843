def g(n):
    for i in range(n):
        yield i
print(list(g(5)), tuple(x*2 for x in range(4)), sorted(x % 3 for x in range(7)), max(g(9)), min(x for x in g(4)), "-".join(str(x) for x in g(4)))
h = g(10)
print(list(zip(h, range(3))), next(h))
def bad():
    yield 1
    raise KeyError("k")
try:
    list(bad())
except KeyError as e:
    print("KeyError", e)
print(set(g(3)), dict((i, i) for i in g(2)), sum(len(list(g(i))) for i in range(50)))
print(max((x for x in g(20)), key=lambda v: -v), min((x for x in g(0)), default="empty"), sorted((x for x in g(5)), key=lambda v: -v))
print(bytes(x for x in g(5)), bytearray(x for x in g(3)), frozenset(g(3)), dict.fromkeys(g(3)), tuple(g(2)))
