b = bytearray(b"hello")
b[0] = 72
b[-1] = ord("O")
print(b)
b[1:3] = b"EY"
print(b)
b[1:3] = b"xyzw"
print(b, len(b))
b[::2] = b"123456"[: len(b[::2])]
print(b)
del b[0]
del b[::3]
print(b)
b.append(33)
b.extend(b"??")
b.extend([65, 66])
b.insert(0, 95)
b.insert(-1, 45)
b.insert(100, 46)
print(b)
print(b.pop(), b.pop(0), b)
b.remove(ord("?"))
print(b)
b.reverse()
print(b)
c = b.copy()
b.clear()
print(b, c, len(c))
for call in [lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, -1), lambda: c.__setitem__(0, "a"), lambda: c.__setitem__(100, 1),
             lambda: c.remove(200), lambda: bytearray().pop(), lambda: c.append(300), lambda: c.extend([1, "x"]),
             lambda: c.__setitem__(slice(0, 4, 2), b"abc"), lambda: c.insert("0", 1), lambda: c.extend(5), lambda: c.__delitem__(50)]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError, OverflowError) as e:
        print(type(e).__name__, e)
d = bytearray(3)
d[0:0] = [1, 2]
d += b"\xff"
d *= 2
print(d, bytearray(range(5)), bytearray("héllo", "utf-8"), bytearray([]), bytearray(b"x") * 3)
e = bytearray(b"abc")
e[1:2] = []
print(e, e == b"ac", b"ac" == e, e < b"b", e + b"!", type(e + b"!").__name__, type(b"!" + e).__name__)
