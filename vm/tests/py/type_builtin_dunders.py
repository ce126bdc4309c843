print(int.__add__(1, 2), (5).__add__(3), int.__add__(1, 1.5), int.__radd__(1, 2), float.__mul__(2.0, 3))
print(float.__rsub__(1.0, 3), int.__eq__(1, 1.0), float.__eq__(1.0, 1), int.__lt__(1, "a"), str.__lt__("a", 1))
print(int.__neg__(3), int.__bool__(0), float.__bool__(0.5), int.__hash__(5), float.__repr__(1.5), int.__repr__(7))
print(int.__pow__(2, 3, 5), int.__pow__(2, 10), int.__rpow__(3, 2), int.__divmod__(7, 2), int.__rdivmod__(2, 7))
print(float.__divmod__(7.0, 2), int.__divmod__(7, 2.0), int.__format__(5, "03"), float.__format__(1.5, "08.3f"))
print(int.__round__(15, -1), float.__round__(2.5), float.__round__(2.675, 2), float.__trunc__(-2.5), float.__floor__(-2.5), float.__ceil__(2.1))
print(str.__len__("ab"), str.__getitem__("abc", 1), str.__contains__("abc", "b"), str.__add__("a", "b"), str.__mul__("a", 3))
print(str.__str__("x"), str.__repr__("x"), str.__format__("ab", ">4"), str.__hash__("a") == hash("a"), list(str.__iter__("ab")))
print(bytes.__len__(b"ab"), bytes.__getitem__(b"ab", 0), bytes.__contains__(b"ab", 98), tuple.__getitem__((1, 2), 1))
print(tuple.__len__((1,)), tuple.__contains__((1,), 1), tuple.__hash__((1, 2)) == hash((1, 2)), tuple.__add__((1,), (2,)))
l = [1, 2, 3]
list.__setitem__(l, 0, 9)
list.__delitem__(l, 1)
print(l, list.__getitem__(l, -1), list.__len__(l), list.__contains__(l, 9), list(list.__reversed__(l)))
print(list.__iadd__(l, [4]) is l, l, list.__imul__(l, 2) is l, l, list.__add__([1], [2]), list.__mul__([0], 2))
b = bytearray(b"abc")
bytearray.__setitem__(b, 0, 65)
bytearray.__delitem__(b, 1)
print(b, bytearray.__iadd__(b, b"xy") is b, b, bytearray.__imul__(b, 2), bytearray.__len__(b))
d = {}
dict.__setitem__(d, "k", 1)
print(d, dict.__getitem__(d, "k"), dict.__contains__(d, "k"), dict.__len__(d), dict.__or__(d, {"j": 2}), list(dict.__reversed__({1: 2, 3: 4})))
dict.__ior__(d, {"z": 0})
dict.__delitem__(d, "k")
print(d)
s = {1}
print(set.__ior__(s, {2}), set.__iand__(s, {2, 3}), set.__isub__(s, {9}), set.__ixor__(s, {4}), s, set.__len__(s), frozenset.__or__(frozenset([1]), {2}))
print(range.__len__(range(5)), range.__getitem__(range(5), -1), range.__contains__(range(5), 3), list(range.__reversed__(range(3))), range(3).__bool__())
print((5).__add__(3), "ab".__len__(), [1, 2].__getitem__(0), {1: 2}.__getitem__(1), (1.5).__mul__(2), None.__bool__(), None.__repr__())
print({1: 2}.keys().__len__(), {1: 2}.items().__contains__((1, 2)), list({1: 2}.values().__iter__()))
class O:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v + 1)
o = O()
o.x = 1
print(o.x, object.__getattribute__(o, "x"), object.__eq__(o, o), object.__ne__(o, 1))
print(list.__hash__, dict.__hash__, set.__hash__, bytearray.__hash__, slice.__hash__)
for call in [lambda: int.__add__(1.5, 1), lambda: list.__len__((1,)), lambda: str.__len__(5), lambda: bytearray.__setitem__(b"x", 0, 1),
             lambda: dict.__setitem__([], 1, 2), lambda: list.__getitem__([1], 5), lambda: str.__getitem__("a", "b"),
             lambda: int.__add__(1), lambda: list.__setitem__([1], 0), lambda: tuple.__getitem__([1], 0), lambda: float.__mul__(1, 2.0)]:
    try:
        print(call())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
