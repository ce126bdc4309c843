print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0]), any([0, 3]))
print(all("abc"), any(""), all([[]]), any([[], [0]]), all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
checked = []


def check(v):
    checked.append(v)
    return v


print(all(check(v) for v in [1, 0, 1, 1]), checked)
checked.clear()
print(any(check(v) for v in [0, "", 7, 0]), checked)
print(all(range(1, 5)), any(range(0)), any({0: "a", 1: "b"}), all({0: "x"}))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
