# Writing and deleting function attributes: CPython's checks and messages;
# cells, method objects and generator names.
import types


def attempt(label, action):
    try:
        result = action()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)


def b():
    return 3


def plain():
    pass


attempt("name int", lambda: setattr(b, "__name__", 7))
attempt("del name", lambda: delattr(b, "__name__"))
attempt("qualname int", lambda: setattr(b, "__qualname__", 7))
b.__name__ = "renamed"
print(b.__name__, b.__qualname__)
attempt("globals", lambda: setattr(b, "__globals__", {}))
attempt("del globals", lambda: delattr(b, "__globals__"))
attempt("closure", lambda: setattr(b, "__closure__", ()))
attempt("builtins", lambda: setattr(b, "__builtins__", {}))
print(type(b.__builtins__).__name__, b.__builtins__["len"] is len)
attempt("dict None", lambda: setattr(b, "__dict__", None))
attempt("del dict", lambda: delattr(b, "__dict__"))
attempt("defaults list", lambda: setattr(b, "__defaults__", [1]))
attempt("kwdefaults list", lambda: setattr(b, "__kwdefaults__", [1]))
attempt("annotations list", lambda: setattr(b, "__annotations__", [1]))
attempt("code int", lambda: setattr(b, "__code__", 1))
attempt("del code", lambda: delattr(b, "__code__"))

# __code__ is what runs; its free variables must match the closure.
plain.__code__ = b.__code__
print(plain())
x = 5


def outer():
    y = 1

    def with_cell():
        return y
    return with_cell


attempt("code freevars", lambda: setattr(plain, "__code__", outer().__code__))
attempt("code freevars 2", lambda: setattr(outer(), "__code__", b.__code__))

# __defaults__ and __doc__ can be deleted.


def second(a=1, b=2):
    "docstring"
    return a + b


del second.__defaults__
print(second.__defaults__)
attempt("call without defaults", lambda: second())
del second.__doc__
print(second.__doc__)
second.__annotations__ = {"a": int}
del second.__annotations__
print(second.__annotations__)

# The dict can be replaced by another dict; methods read through it.
d = {"known_attr": 7}
b.__dict__ = d
print(b.__dict__ is d, b.known_attr)


class F:
    def a(self):
        pass


F.a.marker = 1
print("marker" in dir(F().a), F().a.marker)
attempt("method attr", lambda: setattr(F().a, "marker", 2))
attempt("method class", lambda: setattr(F().a, "__class__", F))
attempt("del method class", lambda: delattr(F().a, "__class__"))

# Methods hash and compare by receiver and function.
f1 = F()
print(hash(f1.a) == hash(f1.a), f1.a == f1.a, f1.a == F().a)
lst = []
print(hash(len) == hash(len), hash(lst.append) == hash(lst.append), lst.append == lst.append)

# types.MethodType binds any callable.
m = types.MethodType(id, f1)
print(m() == id(f1), m.__self__ is f1, m.__func__ is id)
attempt("method not callable", lambda: types.MethodType(1, f1))
attempt("method None", lambda: types.MethodType(len, None))

# Cells.
c = types.CellType(1)
print(c.cell_contents)
empty = types.CellType()
attempt("empty cell", lambda: empty.cell_contents)
c.cell_contents = 9
print(c.cell_contents)
del c.cell_contents
attempt("deleted cell", lambda: c.cell_contents)
print(types.CellType(2) < types.CellType(3), types.CellType() < types.CellType("x"),
      types.CellType() == types.CellType(), types.CellType(-36) == types.CellType(-36.0),
      types.CellType(True) > types.CellType())


def counter():
    a = 12

    def f():
        return a
    return f


f = counter()
f.__closure__[0].cell_contents = 40
print(f())

# Generator names can be set to strings only.


def gen():
    yield 1


g = gen()
print(g.__name__, g.__qualname__)
g.__name__ = "name"
g.__qualname__ = "qualname"
print(g.__name__, g.__qualname__)
attempt("gen name int", lambda: setattr(g, "__name__", 1))
attempt("del gen qualname", lambda: delattr(g, "__qualname__"))

# Callable builtins have __call__.
print(b.__call__(), len.__call__([1, 2]), f1.a.__call__())
