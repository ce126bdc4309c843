# del on names, attributes, items and slices
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)


class Obj:
    pass


o = Obj()
o.a = 1
o.b = 2
del o.a
print(hasattr(o, "a"), hasattr(o, "b"))
try:
    del o.a
except AttributeError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)

# del multiple targets, tuple target
p, q, r = 1, 2, 3
del p, (q, r)
print("p" in globals(), "q" in globals(), "r" in globals())

# del in function makes name local


def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)


print(f())

nested = [[1, 2, 3], [4, 5, 6]]
del nested[1][0]
print(nested)
lst = [0, 1, 2, 3, 4, 5]
del lst[:]
print(lst)
