r = range(10**20, 10**21, 7)
print(r, r[0], r[-1], r[5], r.start, r.stop, r.step, 10**20 + 14 in r, 10**20 + 15 in r, r.index(10**20 + 70), r.count(10**20))
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(r.__len__() if False else "skip", bool(r), r[::10**19][:3], r[10**18:10**18 + 3], list(r[:3]), reversed(r).__next__())
big = range(-(2**70), 2**70, 2**68)
print(len(big), list(big), big[-1], 0 in big, 2**68 in big, big.index(0), big[1:3])
print(range(0, -10, -3)[-1], list(range(5, 0, -2)), range(3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 10, 20) == range(1, 2))
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 5, 9)) == hash(range(1, 2)), range(2**64)[2**63], range(10)[-10])
for call in [lambda: range(1.5), lambda: range(1, 2, 0), lambda: range(5)[5], lambda: range(5)[-6], lambda: range(3).index(7),
             lambda: range(2**100)[2**100], lambda: range("a"), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(3)["x"]]:
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
