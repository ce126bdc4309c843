print(len(""), len("abc"), len([1, 2]), len((1,)), len({}), len({"a": 1}), len(set()), len(range(5)),
      len(b"xy"), len(frozenset([1])), len("é"))
print(isinstance(1, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", str),
      isinstance(True, int), isinstance(None, type(None)), isinstance([], (tuple, list)))
print(isinstance(int, type), isinstance(str, object), isinstance(1, object), isinstance(1, ()))
print(isinstance(1, (str, (bytes, int))))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(int, int),
      issubclass(KeyError, (ValueError, LookupError)), issubclass(type, object))


class A:
    pass


class B(A):
    pass


class C(B):
    pass


print(isinstance(C(), A), isinstance(A(), C), issubclass(C, A), issubclass(A, C), issubclass(C, (int, B)))
try:
    len(42)
except TypeError as e:
    print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, "int")
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
