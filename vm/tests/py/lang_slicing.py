s = list(range(10))
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-7])
print(s[::2], s[1::3], s[::-1], s[::-3], s[8:2:-2], s[2:8:-1])
print(s[-1:-4:-1], s[100:], s[-100:2], s[5:100])
t = tuple(s)
print(t[1:4], t[::-2])
text = "hello world"
print(text[::-1], text[6:], text[-5:-1], text[::3])
print(text[slice(0, 5)], text[slice(None, None, -2)])

# assignment to slices
a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [100]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
b = [1, 2, 3, 4, 5]
b[1:4] = []
print(b)
b[:] = "abc"
print(b)

# slice objects
sl = slice(1, 10, 3)
print(sl.start, sl.stop, sl.step, sl.indices(5))
print(slice(None, None, -1).indices(4))
print(repr(slice(3)), repr(slice(1, 2)))

# getitem receives slice objects


class Show:
    def __getitem__(self, key):
        return key


sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
