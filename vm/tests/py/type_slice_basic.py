s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step, type(s).__name__)
print(slice(5), slice(None), slice(1, None), slice(None, None, -1))
data = list(range(10))
print(data[s], data[slice(3)], data[slice(None, None, -3)], "abcdefgh"[s])
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(0, 100, 3).indices(7))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))


class Recorder:
    def __getitem__(self, key):
        return key

    def __setitem__(self, key, value):
        print("set", key, value)

    def __delitem__(self, key):
        print("del", key)


r = Recorder()
print(r[::], r[1:], r[:2], r[::-1], r[1:2:3], r["a":"b"])
r[1:2] = "val"
del r[::2]
print(r[1:2, ::3])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
