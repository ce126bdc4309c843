g = (x * x for x in range(5))
print(type(g).__name__)
print(next(g), next(g))
print(list(g))
print(list(g))

# lazy evaluation order


def src():
    for i in range(3):
        print("produce", i)
        yield i


g = (print("consume", v) or v for v in src())
print("created")
for v in g:
    print("got", v)

# first iterable evaluated immediately
try:
    g = (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)

# genexpr as sole argument
print(sum(i for i in range(101)))
print(max(len(w) for w in ["a", "abcd", "ab"]))
print(" ".join(str(i) for i in range(4)))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))

# nested genexprs
nested = ((i, j) for i in range(2) for j in (k * 10 for k in range(2)))
print(list(nested))
