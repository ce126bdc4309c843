def side(name, val):
    print("eval", name)
    return val


for x in [0, 1, 5]:
    print("pos" if x > 0 else "zero" if x == 0 else "neg")

r = side("a", 1) if side("cond", True) else side("b", 2)
print(r)
r = side("a", 1) if side("cond", False) else side("b", 2)
print(r)

# nested right-associative
v = -3
print("neg" if v < 0 else "zero" if v == 0 else "pos")
# in lambda and comprehension
sign = lambda n: -1 if n < 0 else (0 if n == 0 else 1)
print([sign(n) for n in (-2, 0, 9)])
print([x if x % 2 else -x for x in range(6)])
