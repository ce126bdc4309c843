for s in [slice(None), slice(1, 5), slice(-3, None), slice(None, None, -1), slice(10, -10, -2), slice(-100, 100, 3), slice(5, 2),
          slice(None, -1, 2), slice(2, None, -1), slice(0, 0, 1)]:
    print(s, s.indices(7), s.indices(0), s.indices(1), s.start, s.stop, s.step)
for args in [(5, 0), ("a",), (-1,)]:
    try:
        print(slice(None, None, args[0] if len(args) == 2 else None).indices(*args[-1:]) if len(args) == 1 else slice(1, 2, 0).indices(5))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2, 3) < slice(1, 2, 4), repr(slice("a", [1], None)), slice(5))
class I:
    def __index__(self):
        return 2
print(slice(I(), 10).indices(5), [0, 1, 2, 3, 4][slice(I(), None)], "abcdef"[slice(None, None, I())])
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).indices(2**70) 
    print("big ok", slice(None).indices(2**70)[1] == 2**70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][slice("a", None)]
except TypeError as e:
    print(type(e).__name__, e)
