class Lazy:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        print("__getattr__", name)
        if name.startswith("computed_"):
            value = name[len("computed_"):].upper()
            setattr(self, name, value)
            return value
        raise AttributeError("no %s here" % name)


o = Lazy()
print(o.real)
print(o.computed_abc)
print(o.computed_abc)  # now cached in __dict__, no __getattr__
try:
    o.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(o, "nothing"), getattr(o, "nope", "default"))


class Proxy:
    def __init__(self, target):
        self._target = target

    def __getattr__(self, name):
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.count(1), p.index(2))
try:
    p.nosuchmethod
except AttributeError as e:
    print(type(e).__name__, e)


class ClassLevel:
    x = "class attr"

    def __getattr__(self, name):
        return "fallback:" + name


c = ClassLevel()
print(c.x, c.y)


class PropertyError:
    @property
    def broken(self):
        raise AttributeError("inside property")

    def __getattr__(self, name):
        return "getattr rescued " + name


print(PropertyError().broken)
