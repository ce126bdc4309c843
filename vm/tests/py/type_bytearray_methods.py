# bytearray: mutation in place, and its methods returning bytearrays.


def setitem(obj, key, value):
    obj[key] = value


def getitem(obj, key):
    return obj[key]


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


a = bytearray(b"hello")
a.append(33)
a.extend(b" world")
a.extend([65, 66])
print(a, len(a))
a.insert(0, 62)
a.insert(-1, 45)
a.insert(100, 60)
print(a)
a.remove(62)
print(a, a.pop(), a.pop(0), a)
show(a.remove, 200)
show(a.remove, 90)
show(a.append, 256)
show(a.append, "x")
a.reverse()
print(a)
c = a.copy()
a.clear()
print(a, c, type(c).__name__)
a = bytearray(b"abcdef")
a[0] = 65
a[1:3] = b"XYZ"
print(a)
a[::2] = b"1234"
print(a)
a[2:4] = []
print(a)
a[:0] = bytearray(b">>")
print(a)
del a[0]
del a[::2]
print(a)
show(setitem, a, slice(0, 2), 5)
show(setitem, a, slice(None, None, 2), b"toolongvalue")
show(setitem, a, 0, 300)
show(getitem, a, 50)
a = bytearray(b"Mixed Case, Words")
print(a.upper(), a.lower(), a.swapcase(), a.title())
print(type(a.upper()).__name__, type(a.strip()).__name__, type(a.split()[0]).__name__)
print(a.find(b"Case"), a.count(b"s"), a.replace(b"s", b"$"), a.split(b", "), a.partition(b" "))
print(a.startswith(b"Mix"), a.endswith(b"ds"), a.center(21, b"*"), a.zfill(19))
print(bytearray(b"  pad  ").strip(), bytearray(b"a-b").join([b"1", b"2"]))
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
b = bytearray(b"ab")
b += b"cd"
print(b, b * 2, b + b"!", bytes(b))
print(b.decode(), b.hex(), bytearray.fromhex("41 42"))
print(list(bytearray(b"\x01\x02")), bytearray(b"abc")[1], bytearray(b"abc")[-1:])
