class K:
    a = 1

    def __init__(self):
        self.x = 10
        self.y = 20

    def m(self):
        pass


k = K()
print(callable(K), callable(k), callable(k.m), callable(len), callable(None), callable("x"), callable(lambda: 0))
print(vars(k), vars(k) is k.__dict__)
vars(k)["z"] = 30
print(k.z)
print(sorted(n for n in vars(K) if not n.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
names = dir(k)
print(names == sorted(names), [n for n in names if not n.startswith("__")])
print("__init__" in names, "__class__" in names, "append" in dir([]), "upper" in dir(""), "keys" in dir({}))
print([n for n in dir(K) if not n.startswith("_")])


class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(WithDir()))
import mod_star
print([n for n in dir(mod_star) if not n.startswith("__")])


def f():
    local_a = 1
    local_b = 2
    return sorted(dir())


print(f())
