a = list(range(10))
print(a[2:7], a[-3:], a[:-3], a[::3], a[::-1], a[7:2:-2], a[-1:-5:-1])
b = a[:]
b[0] = "changed"
print(a[0], b[0])
a[1:3] = []
print(a)
a[0:0] = ["x", "y"]
print(a)
a[-2:] = "AB"
print(a)
a[::3] = [0] * len(a[::3])
print(a)
a[2:5] = (i * 10 for i in range(5))
print(a)
c = [1, 2, 3]
c[1:] = c
print(c)
d = [0, 1, 2, 3, 4, 5]
del d[1::2]
print(d)
d[5:] = [7, 8]
print(d)
e = [1, 2, 3, 4]
e[3:1] = ["inserted"]
print(e)
try:
    e[::2] = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    e[1:2] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    e[10] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
print(e[100:200], e[-100:-50], e[2:-100])
