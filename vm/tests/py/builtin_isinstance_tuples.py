print(isinstance(1, (str, int)), isinstance("a", (int, (float, (str,)))), isinstance(1, ()), isinstance(True, int), isinstance(1, bool))
print(issubclass(bool, (str, int)), issubclass(int, ()), issubclass(int, (object,)), issubclass(list, (tuple, (dict, list))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, object), issubclass(type, type), isinstance([], object))
for call in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, "x"),
             lambda: isinstance(1, [int]), lambda: issubclass(int, (int, 5))]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class M(metaclass=Meta):
    pass
print(isinstance("magic", M), isinstance(1, M), issubclass(int, M), issubclass(str, M), isinstance("magic", (int, M)))
class A: pass
class B(A): pass
print(isinstance(B(), (int, A)), issubclass(B, (int, A)), isinstance(A(), B), B.__mro__ == (B, A, object))
