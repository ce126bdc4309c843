from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[1], bool(d))
d.extend([3, 4])
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(10)
print(d)
d.reverse()
print(d, list(reversed(d)))
d.insert(2, "x")
d.insert(-1, "y")
d.insert(100, "z")
print(d)
d.remove("x")
print(d, d.count("y"), d.index("y"), d.index(0))
d[0] = "first"
del d[1]
print(d, "z" in d, "q" in d)
d.clear()
print(d, len(d))

# growing past the initial capacity, both ways, and shrinking again
big = deque()
for i in range(100):
    big.append(i)
    big.appendleft(-i)
print(len(big), big[0], big[-1], big[100], sum(big))
for _ in range(190):
    big.popleft() if len(big) % 2 else big.pop()
print(big, len(big))

# maxlen
b = deque(range(5), maxlen=3)
print(b, b.maxlen)
b.append(9)
print(b)
b.appendleft(7)
print(b)
b.extend([1, 2])
print(b)
b.extendleft([5])
print(b)
z = deque([1, 2], maxlen=0)
z.append(1)
print(z, deque(maxlen=2))
try:
    b.insert(0, 1)
except IndexError as e:
    print(type(e).__name__, e)

# comparisons, arithmetic, copies
x = deque([1, 2, 3])
print(x == deque([1, 2, 3]), x == [1, 2, 3], x != deque([1]), x < deque([1, 3]), x >= deque([1, 2]))
print(x + deque([4]), x * 2, 2 * deque("ab"), deque([1]) * 0)
y = x.copy()
y.append(4)
print(x, y)
x += [9]
x *= 2
print(x)
x.extend(x)
print(len(x), x.count(9))

# iteration and mutation
it = iter(deque([1, 2, 3]))
print(next(it), list(it))
m = deque([1, 2, 3])
try:
    for v in m:
        m.append(v)
except RuntimeError as e:
    print(type(e).__name__, e)

# recursive repr and subclasses
r = deque([1])
r.append(r)
print(r)


class Stack(deque):
    def peek(self):
        return self[-1]


s = Stack([1, 2], maxlen=5)
s.append(3)
print(s, s.peek(), isinstance(s, deque))

# errors
for action in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
               lambda: deque([1])["a"], lambda: deque([1]).remove(2),
               lambda: deque([1]).index(2), lambda: deque([1], -1),
               lambda: deque([1], "a"), lambda: deque([1]) + [1],
               lambda: deque(5)]:
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)
