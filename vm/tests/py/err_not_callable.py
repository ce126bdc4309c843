things = [1, "string", [1, 2], (1,), {"a": 1}, None, 3.5, True, {1}, b"x", range(3)]
for t in things:
    try:
        t()
    except TypeError as e:
        print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
x = 5
try:
    x(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
len_shadow = len
len = 10
try:
    len([1])
except TypeError as e:
    print(type(e).__name__, e)
del len
print(len([1, 2]))
obj = Plain()
obj.method = "not a function"
try:
    obj.method()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".upper()()
except TypeError as e:
    print(type(e).__name__, e)
