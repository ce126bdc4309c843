# starred and nested unpacking in assignments
a, *b, c = range(6)
print(a, b, c)
*a, b = "xyz"
print(a, b)
a, *b = [1]
print(a, b)
first, *_, last = (10, 20, 30, 40)
print(first, _, last)
(a, b), *rest = [(1, 2), 3, 4]
print(a, b, rest)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
x = y = z = 7
print(x, y, z)
a, b = b, a
print(a, b)
i, lst = 0, [0, 0, 0]
i, lst[i] = 1, 9  # i assigned before lst[i]
print(i, lst)
for q, *r in [(1, 2, 3), (4,)]:
    print(q, r)
d = {"k": 1, "j": 2}
k1, k2 = d
print(k1, k2)

try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
