class H:
    def __init__(self, v): self.v = v
    def __hash__(self):
        junk = [[i] for i in range(30)]
        return hash(self.v)
    def __eq__(self, o):
        junk = [[i] for i in range(30)]
        return isinstance(o, H) and self.v == o.v
def gen(n):
    for i in range(n):
        junk = [[j] for j in range(20)]
        yield i
out = []
for r in range(20):
    lst = [r]
    lst += gen(5)
    s = {r}
    s |= {H(i) for i in range(3)}
    d = {r: 0}
    d |= {H(i): i for i in range(3)}
    t = (H(1), H(2), r)
    h = hash(t) == hash((H(1), H(2), r))
    c = {H(i): i for i in range(4)}.copy()
    sd = {}
    v = sd.setdefault(H(r), [r])
    out.append((len(lst), sum(lst), len(s), len(d), h, len(c), v, len(sd)))
print(out[-1], all(o[1:] == (out[0][1] + o[0] * 0 + (o[6][0] - out[0][6][0]),) + out[0][2:6] + (o[6],) + out[0][7:] for o in out) or out)
