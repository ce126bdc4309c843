# comprehensions have their own scope
x = "outer"
lst = [x for x in range(3)]
print(lst, x)
dct = {x: x * x for x in range(3)}
print(dct, x)
st = {x % 2 for x in range(5)}
print(st, x)
gen = list(x for x in "ab")
print(gen, x)

# the first iterable is evaluated in the enclosing scope
n = 4
print([i for i in range(n)])


class C:
    y = 3
    vals = [i * 2 for i in range(y)]  # range(y) evaluated in class scope
    try:
        bad = [y for i in range(2)]  # body can't see class scope
    except NameError as e:
        err = str(e)


print(C.vals, C.err)


def f():
    i = "f's i"
    r = [i for i in range(2)]
    return r, i


print(f())

# closures over comprehension variable
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs])
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
