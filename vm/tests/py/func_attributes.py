def documented(a, b=1):
    "This is the docstring."
    return a


def undocumented():
    pass


print(documented.__name__, documented.__qualname__, documented.__doc__)
print(undocumented.__doc__, documented.__defaults__, undocumented.__defaults__)
print(documented.__module__, type(documented).__name__)


class C:
    def method(self):
        def inner():
            pass
        return inner


print(C.method.__qualname__, C().method().__qualname__, C().method().__name__)
documented.custom = "attached"
print(documented.custom, documented.__dict__)
documented.__name__ = "renamed"
print(documented.__name__)


def annotated(x: int, y: "str" = "s") -> list:
    return [x, y]


print(annotated.__annotations__)
print(callable(documented), callable(1), (lambda: 0).__name__)
f = documented
print(f is documented, f == documented, f(5))
