# WeakValueDictionary, WeakKeyDictionary and WeakSet forget an entry once
# its object is collected; proxies forward to a live object and raise
# ReferenceError after; finalize runs its function once.
import gc
import weakref


class Item:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Item(%s)" % self.name


items = [Item(c) for c in "abcd"]
values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
for i, item in enumerate(items):
    values[item.name] = item
    keys[item] = i
    members.add(item)
print(sorted(values.keys()), len(keys), len(members))
print(values["b"], keys[items[2]], items[3] in members, "b" in values)
del items[1:3]
gc.collect()
print(sorted(values.keys()), sorted(k.name for k in keys.keys()), sorted(m.name for m in members))
print("b" in values, values.get("b", "gone"), len(values), len(keys), len(members))
try:
    values["c"]
except KeyError as e:
    print("KeyError", e)
print(values.pop("a").name, sorted(values.keys()))
values.setdefault("z", items[0])
print(sorted(values.items(), key=lambda kv: kv[0]))


class Target:
    def __init__(self):
        self.x = 10

    def double(self):
        return self.x * 2


t = Target()
p = weakref.proxy(t)
print(p.x, p.double())
p.x = 7
print(t.x, p.double())
del t
gc.collect()
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)


def done(label):
    print("finalize ran:", label)


obj = Item("fin")
fin = weakref.finalize(obj, done, "fin")
print(fin.alive, fin.peek()[0].name)
del obj
gc.collect()
print(fin.alive, fin())

obj2 = Item("early")
fin2 = weakref.finalize(obj2, done, "early")
print(fin2(), fin2.alive)
del obj2
gc.collect()
print("end")
