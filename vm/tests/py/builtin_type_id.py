print(type(1).__name__, type("").__name__, type([]).__name__, type({}).__name__, type(()).__name__,
      type(set()).__name__, type(1.0).__name__, type(None).__name__, type(type).__name__, type(print).__name__)
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c, isinstance(id(a), int))
x = object()
ids = {id(x)}
print(id(x) in ids, id(x) == id(x))
s1 = "text"
s2 = s1
print(id(s1) == id(s2))
small = 5
print(id(small) == id(small), type(id(None)).__name__)
o1, o2 = object(), object()
print(id(o1) != id(o2))


def f():
    pass


print(type(f) is type(lambda: 0), type(f).__name__)
print(type(type(1)) is type, type(1) is int, type(1)(5), type("a")("b" * 2))
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
