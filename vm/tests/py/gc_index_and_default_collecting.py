class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        junk = [[i] for i in range(40)]
        return self.v
class G:
    def __getattr__(self, name):
        junk = [[i] for i in range(40)]
        raise AttributeError(name)
def gen():
    junk = [[i] for i in range(40)]
    return
    yield
out = []
for r in range(20):
    lst = [0, 1, 2]
    lst.insert(I(1), [r])
    g = getattr(G(), 'missing', [r, 'default'])
    n = next(gen(), [r, 'end'])
    out.append((lst[1][0] - r, g[0] - r, g[1], n[0] - r, n[1], lst.index(2, I(0), I(4))))
print(out[0], all(o == out[0] for o in out))
