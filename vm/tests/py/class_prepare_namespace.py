class NS:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): print("set", k); self.d[k] = v
    def __delitem__(self, k): print("del", k); del self.d[k]
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases): return NS()
    def __new__(mcls, name, bases, ns): return super().__new__(mcls, name, bases, dict(ns.d))
class C(metaclass=Meta):
    x: int = 1
    y = 2
    del y
    def f(self): return __class__
print(C.__annotations__, hasattr(C, "y"))
def outer():
    v = 5
    class D(metaclass=Meta):
        w = v
    return D.w
print(outer())
try:
    class E(metaclass=Meta):
        del nothere
except NameError as e:
    print(e)
class CNS:
    def __init__(self): self._dct = {}
    def __setitem__(self, item, value): self._dct[item.lower()] = value
    def __getitem__(self, item): return self._dct[item]
ns = CNS()
exec('X: str = "v"', {}, ns)
print(ns._dct)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwds):
        print("prepare", name, kwds)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kwds):
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kwds):
        super().__init__(name, bases, ns)
class K(metaclass=Ordered, flag=True):
    pass
print(K.injected)
