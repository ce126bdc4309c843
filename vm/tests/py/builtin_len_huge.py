import sys
print(len(range(sys.maxsize - 1)), range(2**61).__len__(), len(range(0, 2**62, 1)))
try:
    len(range(sys.maxsize * 2))
except OverflowError as e:
    print(e)
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (2**62, sys.maxsize, sys.maxsize + 1, -1, -2**70):
    try:
        print(len(L(n)))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
