# __length_hint__ of the builtin iterators over sized containers: what is
# left, 0 once exhausted or invalidated, NotImplemented without a len.
def show(it, steps=1):
    before = it.__length_hint__()
    for _ in range(steps):
        next(it, None)
    return before, it.__length_hint__()
for it in [iter([1,2,3]), iter((1,2)), iter({1,2,3}), iter({1:2, 3:4}), iter({1:2}.values()), iter({1:2}.items()), iter(range(5)), iter(range(10, 0, -3)), iter(range(2**70, 2**70+5)), iter("abcé"), iter(b"ab"), reversed([1,2]), iter(frozenset([1])), iter(bytearray(b"a")), reversed(range(3)), reversed((1,2)), reversed("xyz")]:
    print(show(it), show(it, 5))
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
class SizedSeq(Seq):
    def __len__(self): return 3
print(iter(Seq()).__length_hint__(), show(iter(SizedSeq())))
l = [1, 2, 3]; it = iter(l); next(it); l.clear(); print(it.__length_hint__())
s = {1, 2, 3}; it = iter(s); next(it); s.add(7); print(it.__length_hint__())
r = [1, 2, 3]; it = reversed(r); next(it); r.clear(); print(it.__length_hint__())
import operator
print(operator.length_hint(iter([1,2,3])), operator.length_hint(map(str, [1])), operator.length_hint(iter({1,2})))
print(hasattr(map(str, []), '__length_hint__'), hasattr(enumerate([]), '__length_hint__'), hasattr(zip(), '__length_hint__'))
