class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        junk = [[i] for i in range(30)]
        return hash(self.v)
    def __eq__(self, o):
        junk = [[i] for i in range(30)]
        return isinstance(o, H) and self.v == o.v
    def __bool__(self):
        junk = [[i] for i in range(30)]
        return self.v % 2 == 0
    def __index__(self):
        junk = [[i] for i in range(30)]
        return self.v
def gen(n):
    for i in range(n):
        junk = [[j] for j in range(20)]
        yield i
class D(dict):
    def __missing__(self, k):
        return [k]
class C:
    def __iter__(self):
        junk = [[i] for i in range(30)]
        return iter([1, 2, 3])
class Meta(type):
    def __instancecheck__(cls, obj):
        junk = [[i] for i in range(30)]
        return False
class M(metaclass=Meta): pass
out = []
for r in range(15):
    d = D({H(1): 'a'})
    a = d[H(1)], d[H(r + 5)][0].v
    b = dict.__getitem__({H(2): 'b'}, H(2))
    c = 2 in C(), 9 in C()
    m = list(map(lambda x: [x], gen(3)))
    f = list(filter(lambda x: x % 2, gen(5)))
    s = sum(gen(4), [r].__len__() * 10)
    i = isinstance([r], (M, list)), isinstance([r], (M, tuple))
    ba = bytearray(b'x'); ba.extend(gen(3))
    bj = b'-'.join([b'a', b'b'])
    fn = [h.v for h in filter(None, [H(k) for k in range(6)])]
    out.append((a, b, c, m, f, s, i, bytes(ba), bj, fn))
print(out[-1])
print(all(o[1:] == out[0][1:] or o[0][1] != out[0][0][1] for o in out))
