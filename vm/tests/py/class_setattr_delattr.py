class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)

    def __setattr__(self, name, value):
        raise AttributeError("cannot set %r: object is frozen" % name)

    def __delattr__(self, name):
        raise AttributeError("cannot delete %r" % name)


f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del f.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    setattr(f, "y", 1)
except AttributeError as e:
    print(type(e).__name__, e)


class Recorder:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name != "log":
            self.log.append("set %s=%r" % (name, value))
        super().__setattr__(name, value)

    def __delattr__(self, name):
        self.log.append("del " + name)
        super().__delattr__(name)


r = Recorder()
r.a = 1
r.b = [2]
r.a += 10
del r.b
setattr(r, "c", "via setattr")
delattr(r, "c")
print(r.log)
print(r.__dict__)
try:
    del r.zzz
except AttributeError as e:
    print(type(e).__name__, e)


class Validated:
    def __setattr__(self, name, value):
        if name == "age" and value < 0:
            raise ValueError("age must be non-negative")
        self.__dict__[name] = value


v = Validated()
v.age = 30
print(v.age)
try:
    v.age = -1
except ValueError as e:
    print(type(e).__name__, e)
print(v.age)
try:
    (1).x = 2
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().y = 1
except AttributeError as e:
    print(type(e).__name__, e)
