# Builtins that run Python code (__index__, __bool__, __getitem__, keys(),
# __instancecheck__, __rdivmod__, a generator) between reading an argument
# and using it. Each hook allocates, so a collection may move the argument
# meanwhile; the results must not change (the suite also runs this under
# the collector's stress mode, which moves every object at every safepoint).
def churn():
    return [[i] for i in range(40)]

class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        churn()
        return self.v


class Meta(type):
    def __instancecheck__(cls, obj):
        churn()
        return False
    def __subclasscheck__(cls, sub):
        churn()
        return False

class Odd(metaclass=Meta):
    pass

class Table:
    def __getitem__(self, k):
        churn()
        if k == ord("a"):
            return "A" * 3
        raise LookupError(k)

class KeysOnly:
    def __init__(self, data): self.data = data
    def keys(self):
        churn()
        return list(self.data)
    def __getitem__(self, k):
        churn()
        return self.data[k]

class Left:
    def __divmod__(self, other):
        churn()
        return NotImplemented

class Right:
    def __init__(self, tag): self.tag = tag
    def __rdivmod__(self, other):
        churn()
        return (type(other).__name__, self.tag)

class Sink:
    def __init__(self): self.parts = []; self.flushes = 0
    def write(self, s):
        churn()
        self.parts.append(s)
    def flush(self): self.flushes += 1

class Flush:
    def __bool__(self):
        churn()
        return True

def keys_gen(r):
    for i in range(3):
        churn()
        yield (r, i)

out = []
for r in range(15):
    row = []
    row.append(isinstance([r], (Odd, Odd, list)))
    row.append(issubclass(type([r]), (Odd, Odd, dict)))
    items = [(r, 3), (r, 1), (r, 2)]
    items.sort(key=lambda t: t[1] - 0 * r, reverse=I(1))
    row.append([t[1] for t in items])
    t = (r, [r], "x" * 3)
    row.append((t[I(1)][0] - r, t[I(0):I(2)][0] - r, t[I(0):I(3)] is t))
    s = "abc" + str(r)
    row.append((s[I(1)], s[I(0):I(3)], s[I(-1)] == str(r)[-1]))
    row.append({1, 2} in {frozenset({1, 2}), r})
    row.append(("ab" + "c" * (r % 2)).translate(Table()))
    d = dict.fromkeys(keys_gen(r), [r])
    row.append(sorted((k[1], v[0] - r) for k, v in d.items()))
    d = {}
    d.update(KeysOnly({("k", r): [r]}))
    row.append([(k[1] - r, v[0] - r) for k, v in d.items()])
    row.append(divmod(Left(), Right([r]))[0])
    row.append(list(range(I(r), I(r + 6), I(2))))
    sink = Sink()
    print([r], "y", file=sink, flush=Flush())
    row.append((len(sink.parts), sink.flushes))
    out.append(row)
first = out[0]
print(first)
print(all(o[:2] == first[:2] and o[2] == first[2] for o in out))
print([o[10] for o in out][:3], out[-1][10])
