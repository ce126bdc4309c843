# __del__: runs once for an object found unreachable (here, at the
# gc.collect() after the last reference goes), may resurrect the object,
# runs for an object before the objects it refers to, and an exception in
# it is reported and ignored.
import gc


class Noisy:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def __del__(self):
        print("del", self.name)


a = Noisy("a")
del a
gc.collect()
print("after a")

outer = Noisy("outer", Noisy("inner"))
del outer
gc.collect()
gc.collect()
print("after outer")

saved = []


class Phoenix:
    def __del__(self):
        print("phoenix finalized")
        saved.append(self)


p = Phoenix()
del p
gc.collect()
print("resurrected:", len(saved), type(saved[0]).__name__)
saved.clear()
gc.collect()
print("not finalized twice")


class Bad:
    def __del__(self):
        raise ValueError("ignored")


b = Bad()
del b
gc.collect()
print("still running")

items = [Noisy("item%d" % i) for i in range(3)]
del items[1]
gc.collect()
print("left:", [x.name for x in items])


class Sub(Noisy):
    pass


s = Sub("sub")
s = None
gc.collect()
print("end")
