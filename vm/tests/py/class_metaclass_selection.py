# Which metaclass a class statement calls: the first base's type when none
# is given (even one that is not a metaclass: `class X(1)` calls int), the
# most derived of the bases' metaclasses, a conflict between unrelated
# ones, and an explicit metaclass that is a plain function.


def attempt(make):
    try:
        print("made:", make())
    except TypeError as e:
        print("TypeError:", e)


def fn():
    pass


def with_int():
    class X(1):
        pass
    return X


def with_str():
    class X("s"):
        pass
    return X


def with_function():
    class X(fn):
        pass
    return X


def with_none():
    class X(None):
        pass
    return X


for make in (with_int, with_str, with_function, with_none):
    attempt(make)


class M1(type):
    pass


class M2(type):
    pass


class M3(M1):
    def __new__(mcls, name, bases, ns):
        ns["made_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)


class A(metaclass=M1):
    pass


class B(metaclass=M2):
    pass


class C(metaclass=M3):
    pass


def conflict():
    class D(A, B):
        pass
    return D


def derived_wins():
    class E(A, C):
        pass
    return type(E).__name__, E.made_by


def explicit_base_meta_wins():
    class F(C, metaclass=M1):
        pass
    return type(F).__name__, F.made_by


def explicit_conflict():
    class G(A, metaclass=M2):
        pass
    return G


attempt(conflict)
attempt(derived_wins)
attempt(explicit_base_meta_wins)
attempt(explicit_conflict)


def as_function(name, bases, ns):
    return (name, bases, sorted(k for k in ns if not k.startswith("__")))


def function_metaclass():
    class H(A, metaclass=as_function):
        x = 1
    return H


attempt(function_metaclass)


class Callable:
    def __init__(self, name, bases, ns):
        self.info = name


def instance_base():
    class K(Callable("J", (), {})):
        pass
    return K.info


attempt(instance_base)
print(type(A).__name__, type(C).__name__, C.made_by)
