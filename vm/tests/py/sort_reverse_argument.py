# sort() and sorted() take `reverse` as a C int: ints and __index__ objects,
# nothing merely truthy.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v

class Truthy:
    def __bool__(self): return True

for r in (None, 1.5, "x", Truthy(), 2, -1, 0, True, False, I(1), I(0), 2**31, -2**31, 2**100):
    try:
        print(repr(r) if not isinstance(r, (I, Truthy)) else type(r).__name__, sorted([1, 3, 2], reverse=r))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
    lst = [1, 3, 2]
    try:
        lst.sort(reverse=r)
        print(lst)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e, lst)
