print(type(int), type(type), type(object), type(None), type(len), type([].append).__name__)
print(int.__name__, int.__qualname__, int.__module__, object.__bases__, type.__bases__, int.__bases__)
print(isinstance(int, type), isinstance(type, object), isinstance(object, type), issubclass(type, object))
print(type(3) is int, type(3) == int, type(True) is bool, type(True) is int)


class A:
    pass


a = A()
print(type(a) is A, a.__class__ is A, A.__class__ is type, type(A).__name__)
o = object()
print(type(o).__name__, isinstance(o, object), hasattr(o, "__dict__"), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(object.__name__, [c.__name__ for c in A.__mro__], A.__bases__)
print(str(A).startswith("<class '__main__.A'"), repr(int), repr(type), repr(object), str(type(None)))
print(object.__str__(a) == object.__repr__(a), a.__str__() == repr(a))
print(isinstance(a, (int, A)), isinstance(a, (int, str)), issubclass(A, (A, int)), issubclass(bool, (str, int)))
try:
    isinstance(a, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(a, A)
except TypeError as e:
    print(type(e).__name__, e)
print(A.__dict__["__module__"], "__init__" in A.__dict__, "__init__" in dir(A))
print(type.__name__, type("X", (), {}).__name__, type(type(1)).__name__)
print(a.__eq__(a), a.__eq__(1), a.__ne__(1), a.__hash__() == hash(a))
print(object.__init__ is A.__init__, A.__init__ is object.__init__, A.__new__ is object.__new__)
print(type(A.__dict__).__name__, type(a.__dict__).__name__)
