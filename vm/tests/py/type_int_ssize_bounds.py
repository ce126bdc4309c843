# Ints that fit a C ssize_t are valid indices and counts even beyond the
# small-int range; larger ones clamp as slice bounds, overflow as counts.
import sys


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


big = sys.maxsize
show("a|b|c".split, "|", big)
show("a b c".rsplit, None, big)
show("aaa".replace, "a", "b", big)
show("abc".find, "c", 0, big)
show("abc".find, "c", 0, big + 1)
show("abc".rfind, "xxx", big + 1, 0)
show("abc".count, "", -big - 5, big * 4)
show("abc".startswith, "a", -(2 ** 100))
show(b"abc".find, b"c", 0, big + 1)
show(b"abc".count, b"b", -(2 ** 70), 2 ** 70)
show(b"abc".index, 99)
show(b"abc".find, big + 1)
show(lambda: (big + 1) in b"abc")
show(lambda: [1, 2][big])
show(lambda: [1, 2][big + 1])
show(lambda: "ab"[2 ** 64])
show(int, "10", 2 ** 100)
show(int, "10", -(2 ** 100))
show(round, 123.456, 2 ** 100)
show(round, 123.456, -(2 ** 100))
show(round, 8979323, 2 ** 63)
show(round, 8979323, -50)
show(round, 8979323, -5)
show(round, 1.4e-315, 315)
show("a".center, 2 ** 64)
show(bytes, [2 ** 64])
show(bytearray, [-(2 ** 64)])


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


b = bytearray(b"xy")
b.append(Index(65))
b.extend([Index(66)])
b.insert(0, Index(67))
b[1] = Index(68)
b.remove(Index(66))
print(b, bytes([Index(1), Index(255)]), Index(120) in b)
show(bytes, [Index(256)])
show(b.append, Index(-1))
show(b.append, 1.0)
show(b.append, "a")
