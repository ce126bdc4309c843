# deque methods that compare notice a comparison that changes the deque;
# its iterators are classes of their own, and refuse to go on once it changed.
from collections import deque


class Clears:
    def __init__(self, d, result):
        self.d, self.result = d, result

    def __eq__(self, other):
        self.d.clear()
        return self.result


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for method in ("count", "index", "remove", "__contains__"):
    d = deque([1, 2, 3])
    d[1] = Clears(d, False)
    show(lambda: getattr(d, method)(3))

d = deque("abc")
show(lambda: d.count("b"))
show(lambda: d.index("c"))
show(lambda: "z" in d)

it = iter(d)
print(type(it).__name__, next(it), it.__length_hint__())
d.append("d")
show(lambda: next(it))
show(lambda: next(it))

empty = deque()
it = iter(empty)
empty.append(1)
show(lambda: next(it))

forward, backward = type(iter(deque())), type(reversed(deque()))
print(forward.__name__, backward.__name__)
print(list(forward(deque("abcd"))), list(backward(deque("abcd"))))
print(list(forward(deque("abcd"), 2)), list(backward(deque(range(5)), 3)))
show(lambda: forward([1, 2]))
print(list(reversed(deque(range(5)))), sum(deque(range(100))))
