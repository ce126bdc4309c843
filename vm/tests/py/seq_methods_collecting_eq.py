class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        junk = [[i] for i in range(50)]
        return self.v == (other.v if isinstance(other, K) else other)
    def __lt__(self, other):
        junk = [[i] for i in range(50)]
        return self.v < other.v
    def __hash__(self): return hash(self.v)
    def __repr__(self): return f"K({self.v})"
def fresh(): return [K(j) for j in range(30)]
print([fresh().index(i) for i in range(0, 30, 7)])
print([fresh().count(i) for i in range(0, 30, 7)])
print([tuple(fresh()).index(i) for i in range(0, 30, 7)])
print([tuple(fresh()).count(i) for i in range(0, 30, 7)])
out = []
for i in range(0, 30, 7):
    l = fresh(); l.remove(i); out.append(len(l))
print(out)
print(sorted(fresh()[::-1])[:5], max(fresh()), min(fresh()))
print(fresh() == fresh(), tuple(fresh()) == tuple(fresh()), fresh() < fresh()[:-1])
d = {K(i): i for i in range(30)}
print(sum(d[K(i)] for i in range(30)), sum(1 for i in range(30) if K(i) in set(fresh())))
import operator
print(operator.indexOf(fresh(), 9), operator.countOf(fresh(), 9))
print(fresh()[::-1].index(K(3)), [x for x in fresh() if x == 5])
