# Lookups that the interpreter caches must see every later change:
# class attributes along the MRO, globals, and builtins.
import builtins


class Base:
    kind = "base"

    def who(self):
        return "Base.who"


class Middle(Base):
    pass


class Leaf(Middle):
    pass


leaf = Leaf()
for round_ in range(3):
    print(round_, leaf.kind, leaf.who(), Leaf.kind)

# A store on a base class is seen through the subclasses.
Base.kind = "changed"
print(leaf.kind, Leaf.kind)
Middle.kind = "middle"
print(leaf.kind, Base.kind)
del Middle.kind
print(leaf.kind)

# Replacing and deleting methods.
Base.who = lambda self: "lambda who"
print(leaf.who())
Leaf.who = lambda self: "Leaf override"
print(leaf.who())
del Leaf.who
print(leaf.who())
del Base.who
try:
    leaf.who()
except AttributeError as e:
    print("AttributeError:", e)

# setattr with a computed name, and a class-level counter.
for i in range(5):
    setattr(Base, "attr" + str(i % 2), i)
    print(leaf.attr0 if i % 2 == 0 else leaf.attr1, end=" ")
print()


class Counter:
    count = 0

    def bump(self):
        Counter.count += 1
        return Counter.count


c = Counter()
print([c.bump() for _ in range(5)], Counter.count)

# An instance attribute shadows the class attribute, then is removed.
leaf.kind = "own"
print(leaf.kind)
del leaf.kind
print(leaf.kind)

# A data descriptor added to the class after instances were read.
class Late:
    pass


late = Late()
late.value = 1
print(late.value)
Late.value = property(lambda self: "from property")
print(late.value)


# Globals: cached reads follow stores, deletions and globals() writes.
def read_x():
    return x


x = 1
print(read_x(), read_x())
x = 2
print(read_x())
globals()["x"] = 3
print(read_x())
del x
try:
    read_x()
except NameError as e:
    print("NameError:", e)


def call_len():
    return len([1, 2, 3])


print(call_len())
len = lambda seq: "global len"
print(call_len())
del len
print(call_len())
original_len = builtins.len
builtins.len = lambda seq: "patched builtin"
print(call_len())
builtins.len = original_len
print(call_len())


# Many distinct classes and names, so cache slots are shared.
classes = [type("K%d" % i, (), {"v": i}) for i in range(300)]
total = 0
for rounds in range(3):
    for k in classes:
        total += k().v
    classes[7].v = 1000
print(total)
