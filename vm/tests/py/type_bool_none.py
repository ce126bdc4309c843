print(True, False, type(True).__name__, bool(), bool(0), bool(1), bool(-1), bool(0.0), bool("0"))
print(True + True, True * 10, False - 1, True / 2, True // 1, -True, ~False)
print(True == 1, False == 0, True is True, isinstance(False, int), issubclass(bool, int))
print(repr(True), str(False), f"{True}", "%d" % True, int(True), float(False))
print(True and 3, False and 3, True or 3, False or 3, not True, not 0, not None)
print(True & True, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(sum([True, True, False, True]), [True, False].count(True), {True: "a", 1: "b"})
print(max(True, 0), sorted([True, False, True]))
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
print(None, repr(None), type(None).__name__, None is None, None == None, bool(None))
print(None == 0, None == False, None == "", [None] * 2)


def f():
    pass


print(f() is None, print() is None)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None < None
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = None
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(None)() is None, hash(True) == hash(1))
