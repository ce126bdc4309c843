class Counter:
    instances = 0
    shared_list = []

    def __init__(self, name):
        Counter.instances += 1
        self.name = name
        self.shared_list.append(name)  # mutates class-level list


a = Counter("a")
b = Counter("b")
print(Counter.instances, a.instances, b.instances)
print(Counter.shared_list, a.shared_list is b.shared_list)
a.instances = 100
print(a.instances, b.instances, Counter.instances)


class Sub(Counter):
    pass


print(Sub.instances, Sub.shared_list)
Sub.instances = -1
print(Sub.instances, Counter.instances)
print("instances" in Sub.__dict__, "name" in Sub.__dict__)
setattr(Counter, "added", "via setattr")
print(a.added, getattr(Sub, "added"))
del Sub.instances
print(Sub.instances)
try:
    del Sub.instances
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Counter.nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a.nope
except AttributeError as e:
    print(type(e).__name__, e)
