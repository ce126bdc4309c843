# An index's __index__ runs Python code that may change the list it indexes
# (and allocate enough to collect): the list's length is taken afterwards.
class Shrinks:
    def __init__(self, target, value):
        self.target, self.value = target, value

    def __index__(self):
        garbage = [[i] * 10 for i in range(2000)]
        self.target.clear()
        return self.value


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for value in (0, 2, -1):
    data = [1, 2, 3]
    show(lambda: data[Shrinks(data, value)])
    data = [1, 2, 3]
    def store():
        data[Shrinks(data, value)] = "x"
        return data
    show(store)
    data = [1, 2, 3]
    def delete():
        del data[Shrinks(data, value)]
        return data
    show(delete)
    data = [1, 2, 3]
    show(lambda: data.pop(Shrinks(data, value)))

grow = [1, 2, 3]
class Grows:
    def __index__(self):
        grow.extend(range(10))
        return 5
print(grow[Grows()], grow.pop(Grows()), len(grow))
class Keep:
    def __index__(self):
        [[0] * 50 for _ in range(500)]
        return 1
kept = [object() for _ in range(3)]
print(kept[Keep()] is kept[1], kept[slice(Keep(), None)] == kept[1:])
try:
    [].pop(Keep())
except IndexError as e:
    print("IndexError", e)
try:
    [].pop("a")
except TypeError as e:
    print("TypeError", e)
