def v(name, x):
    print("eval", name)
    return x


print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 < 2 > 0)
print(v("a", 1) < v("b", 2) < v("c", 3))
print("---")
print(v("a", 1) < v("b", 0) < v("c", 3))
print("---")
print(v("a", 1) == v("b", 1) != v("c", 2) < v("d", 5))
print("---")
# middle operand evaluated only once
print(v("a", 0) < v("mid", 5) <= v("c", 5))
print("---")
x = 5
print(0 <= x < 10, 0 <= x < 3, x in [5] in [[5]], x is not None is not False)
print(1 < 2 == 2.0 < 3.5)
# 'and'/'or' short circuit
print(v("p", 0) and v("q", 1))
print(v("p", 1) and v("q", 2))
print(v("p", "") or v("q", "fallback"))
print(v("p", "first") or v("q", "never"))
print(not v("p", []))
