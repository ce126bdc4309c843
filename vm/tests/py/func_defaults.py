def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di"))
print(greet.__defaults__)

# defaults evaluated once, at definition time
counter = 0


def next_id():
    global counter
    counter += 1
    return counter


def make(x=next_id()):
    return x


print(make(), make(), counter)


def append_to(item, target=[]):
    target.append(item)
    return target


print(append_to(1), append_to(2), append_to(3, []))
print(append_to.__defaults__)


def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target


print(safe_append(1), safe_append(2))

# default referencing earlier global value
base = 10


def add_base(x, b=base):
    return x + b


base = 1000
print(add_base(1))


def kw_defaults(a, *, b=2, c):
    return a, b, c


print(kw_defaults(1, c=3), kw_defaults.__kwdefaults__)
