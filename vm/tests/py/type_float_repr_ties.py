import random
random.seed(9)
mismatch = 0
text = []
for i in range(20000):
    x = random.random() * 10 ** random.randint(-30, 30)
    y = random.getrandbits(64) / 2 ** random.randint(0, 120)
    for v in (x, y):
        r = repr(v)
        text.append(r)
        if float(r) != v:
            mismatch += 1
print(mismatch, len("".join(text)), sum(map(ord, "".join(text))))
print(repr(2 ** -25), 931492518936625.25, 865605848694377.25, 0.1 + 0.2, 1e23, 5e-324)
print(repr(2 ** -24), repr(2.0 ** 60 + 2 ** 9), [repr(2.0 ** -k) for k in range(20, 30)])
