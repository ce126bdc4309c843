# A builtin type's methods read through the class: their names, reprs and
# the error of a call with no instance.
for name, call in [
    ("dict.__init__", lambda: dict.__init__()),
    ("list.__init__", lambda: list.__init__()),
    ("set.__init__", lambda: set.__init__()),
    ("object.__init__", lambda: object.__init__()),
    ("dict.__new__", lambda: dict.__new__()),
    ("int.__new__", lambda: int.__new__()),
    ("float.__new__", lambda: float.__new__()),
    ("bytes.__new__", lambda: bytes.__new__()),
    ("list.append", lambda: list.append()),
    ("list.append kw", lambda: list.append(x=1)),
    ("str.upper", lambda: str.upper()),
    ("dict.keys", lambda: dict.keys()),
    ("str.__len__", lambda: str.__len__()),
]:
    try:
        call()
        print(name, "no error")
    except TypeError as e:
        print(name, "->", e)

print(list.append.__qualname__, list.append.__name__, [].append.__qualname__)
print(dict.__init__.__qualname__, str.__len__.__qualname__, len.__qualname__)
print(list.append)
print(dict.__init__)
print(str.__len__)
print(len)
print(dict.fromkeys("ab"), bytes.fromhex("0a"))
dict.__init__(d := {}, a=1)
print(d)
print(object.__init_subclass__.__self__ is object)


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()


class Child(Base, flag=True):
    pass


try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print(e)
print(sorted(set(dir(3)) & {"real", "imag", "numerator", "denominator"}))
print(sorted(set(dir(2.5)) & {"real", "imag", "numerator"}))
