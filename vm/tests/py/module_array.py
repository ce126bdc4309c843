# array.array: typecodes, ranges and their OverflowErrors, sequence
# operations, bytes conversions, comparisons and pickling.
import array
import pickle

for code in array.typecodes:
    a = array.array(code)
    print(code, a.itemsize, a.typecode, repr(a))
for code in "bBhHiIlLqQ":
    for value in (2**64, -2**63 - 1, 2**63, -1, 2**31, 2**15, 300, -129, -32769):
        try:
            array.array(code, [value])
        except OverflowError as e:
            print(code, value, e)
for call in (
    lambda: array.array("i", [1.5]),
    lambda: array.array("d", ["x"]),
    lambda: array.array("u", ["ab"]),
    lambda: array.array(1),
    lambda: array.array("z"),
    lambda: array.array("i", "abc"),
    lambda: array.array("i", b"abc"),
    lambda: array.array("i", typecode="i"),
    lambda: array.array("i", [1]) + [1],
    lambda: array.array("i", [1]) + array.array("d"),
    lambda: array.array("i").extend(array.array("d")),
    lambda: array.array("i").pop(),
    lambda: array.array("i", [1]).pop(5),
    lambda: array.array("i", [1]).remove(3),
    lambda: array.array("i", [1]).index(3),
    lambda: array.array("i", [1]).fromlist((1,)),
    lambda: array.array("i", [1]).tounicode(),
    lambda: array.array("i", [1])[5],
    lambda: array.array("i", [1])["x"],
    lambda: array.array("i", b"abcd").frombytes(b"abc"),
    lambda: array.array("i", array.array("u", "a")),
):
    try:
        call()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)

a = array.array("i", [1, 2, 3, 4, 5])
del a[1:3]
a[0:1] = array.array("i", [7, 8])
a.insert(0, 9)
a.append(10)
a.extend([11, 12])
a.reverse()
print(a, a.pop(), a.pop(0), a.tolist(), len(a), a[1], a[-1], a[::2], 8 in a, a.count(8), a.index(8))
try:
    a[::2] = array.array("i", [9])
except ValueError as e:
    print("ValueError", e)
try:
    a[0:2] = [5]
except TypeError as e:
    print("TypeError", e)
print(a + a, a * 2, 2 * array.array("b", [1]), array.array("i", [1]) * -1)
print(array.array("f", [0.1])[0], array.array("f", [1e300]), array.array("d", [1]), array.array("i", [True]))
print(array.array("d", [1.5, -2]).tobytes(), array.array("l", [1, -2]).tobytes(), array.array("H", b"\x01\x02\x03\x04"))
h = array.array("h", [1, 256])
h.byteswap()
print(h, h.buffer_info()[1])
u = array.array("u", "hé\U0001f600")
print(u, u.tounicode(), u.tobytes(), array.array("u", u.tobytes()))
print(array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]), array.array("i", [1, 2]) < array.array("i", [1, 3]), array.array("i", [1]) == [1])
for proto in (2, 4):
    b = pickle.loads(pickle.dumps(array.array("d", [1.5, 2.5]), proto))
    print(proto, b, type(b).__name__)
print(array.array.__hash__ is None, array.ArrayType is array.array, list(iter(array.array("B", b"ab"))))


class Sub(array.array):
    def __init__(self, typecode, label=None):
        self.label = label


s = Sub("b", label="x")
s.extend([1, 2])
print(repr(s), s.label, type(s[:1]).__name__)
