l = list(range(10))
l[::2] = "abcde"
print(l)
l[1::2] = [None] * 5
print(l)
l[::-3] = [7, 8, 9, 10]
print(l)
l[2:5] = []
print(l)
l[:0] = [1, 2]
print(l)
l[len(l):] = [99]
print(l)
l[-2:] = (5, 6, 7)
print(l)
l[3:1] = ["x"]
print(l)
del l[::2]
print(l)
del l[1:3]
print(l)
l[:] = range(4)
print(l)
l[10:20] = [4]
print(l)
for stmt in ["l[::2] = [1]", "l[::0] = []", "l[::-1] = [1, 2]", "l[1:2] = 5", "l[::2] = 5", "del l[::0]", "l['a':] = []", "l[1.5] = 0", "l[100] = 1"]:
    try:
        exec(stmt)
        print(stmt, l)
    except (ValueError, TypeError, IndexError) as e:
        print(stmt, type(e).__name__, e)
m = [1, 2, 3]
m[1:2] = m
print(m)
m[::2] = m[::2][::-1]
print(m)
n = [0] * 6
n[::2] = iter([1, 2, 3])
print(n, n[::-2], n[-1:-4:-1], n[5:0:-2], n[100:], n[-100:2])
