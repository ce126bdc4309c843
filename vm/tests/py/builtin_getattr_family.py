class Obj:
    cls_attr = "class level"

    def __init__(self):
        self.inst = "instance level"

    def method(self):
        return "method called"


o = Obj()
print(getattr(o, "inst"), getattr(o, "cls_attr"), getattr(o, "method")(), getattr(o, "nope", "fallback"))
print(hasattr(o, "inst"), hasattr(o, "cls_attr"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(Obj, "inst"))
setattr(o, "dynamic", 123)
setattr(o, "with space", "odd name works")
print(o.dynamic, getattr(o, "with space"), o.__dict__)
delattr(o, "dynamic")
print(hasattr(o, "dynamic"))
setattr(Obj, "added", "to class")
print(o.added, Obj.added)
try:
    getattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "nope")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(5, "real"), getattr("s", "upper")(), getattr([], "append").__name__, hasattr(None, "x"))


class Explodes:
    @property
    def boom(self):
        raise ValueError("not an AttributeError")


try:
    hasattr(Explodes(), "boom")
except ValueError as e:
    print("hasattr propagates", type(e).__name__, e)
print(getattr(Explodes(), "missing", "default works"))
