class Typed:
    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("%s must be %s" % (self.name, self.kind.__name__))
        obj.__dict__[self.name] = value


class Person:
    name = Typed(str)
    age = Typed(int)


p = Person()
print(p.name, p.age)
p.name = "Ada"
p.age = 36
print(p.name, p.age, type(Person.name).__name__)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "non-data from " + objtype.__name__


class Host:
    attr = NonData()


h = Host()
print(h.attr, Host.attr)
h.__dict__["attr"] = "instance wins over non-data descriptor"
print(h.attr)


class Const:
    def __get__(self, obj, objtype=None):
        return 42

    def __set__(self, obj, value):
        raise AttributeError("read-only")


class H2:
    c = Const()


h2 = H2()
h2.__dict__["c"] = "shadow attempt"
print(h2.c)
try:
    h2.c = 1
except AttributeError as e:
    print(type(e).__name__, e)


def f(self):
    return "bound to " + type(self).__name__


print(f.__get__(h)(), f.__get__(None, Host) is f)
