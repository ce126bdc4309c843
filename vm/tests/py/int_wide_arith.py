import random
r = random.Random(5)
vals = [0, 1, -1, 2**60, -2**60, 2**60-1, -(2**60)-1, 2**63, -2**63, 2**64-1, -(2**64), 2**127-1, -(2**127), 2**127, 2**128+5, -(2**130)]
for _ in range(200):
    b = r.randrange(1, 130)
    vals.append(r.randrange(-2**b, 2**b))
acc = 0
import operator
ops = [operator.add, operator.sub, operator.mul, operator.floordiv, operator.mod, operator.and_, operator.or_, operator.xor]
for i, x in enumerate(vals):
    for y in vals[i % 7::9]:
        for op in ops:
            try:
                v = op(x, y)
            except ZeroDivisionError:
                v = 0.5
            acc = hash((acc, v))
            if i < 3: print(x, y, v)
        for s in (0, 1, 5, 63, 64, 65, 126, 127, 128, 200):
            acc = hash((acc, x >> s, x << s))
print(acc)
