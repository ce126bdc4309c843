# Sorts whose comparisons or keys raise part-way must leave the list a
# permutation of its items (and the heap intact).
import random
random.seed(11)
class Complains:
    def __init__(self, i):
        self.i = i
    def __lt__(self, other):
        if random.random() < 0.01:
            raise RuntimeError("complain")
        return self.i < other.i
def bad_key(x):
    if x == 37:
        raise KeyError(x)
    return -x
results = []
for n in [50, 255, 256, 257, 600]:
    items = [Complains(i) for i in range(n)]
    s = items[:]
    random.shuffle(s)
    try:
        s.sort()
    except RuntimeError:
        pass
    results.append(sorted(c.i for c in s) == list(range(n)))
    t = list(range(n))
    random.shuffle(t)
    try:
        t.sort(key=bad_key)
        results.append(t == sorted(t, reverse=True))
    except KeyError:
        results.append(sorted(t) == list(range(n)))
print(all(results), len(results))
