class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases],
              sorted(k for k in ns if not k.startswith("__")), kwargs)
        ns["added_by_meta"] = name.lower()
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kwargs):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
        cls.registry_name = "reg:" + name

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        print("instance created")
        return inst


class Service(metaclass=Meta):
    x = 1

    def __init__(self, port):
        print("Service.__init__", port)
        self.port = port


print(type(Service).__name__, Service.added_by_meta, Service.registry_name)
s = Service(8080)
print(s.port, type(s).__name__)


class Sub(Service, flavour="spicy"):
    y = 2


print(type(Sub).__name__, Sub.added_by_meta, Sub.registry_name)


class Registry(type):
    classes = []

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)


class PluginBase(metaclass=Registry):
    pass


class PluginA(PluginBase):
    pass


class PluginB(PluginA):
    pass


print(Registry.classes)
print(isinstance(PluginB, Registry), isinstance(PluginB, type), issubclass(Registry, type))


class CountingMeta(type):
    def __call__(cls, *a):
        cls.count = getattr(cls, "count", 0) + 1
        return super().__call__(*a)


class Widget(metaclass=CountingMeta):
    pass


Widget()
Widget()
print(Widget.count)


class NoInstance(type):
    def __call__(cls, *args):
        return ("not an instance", args)


class Weird(metaclass=NoInstance):
    pass


print(Weird(1, 2))
Dyn = Meta("Dyn", (), {"z": 3})
print(Dyn.added_by_meta, Dyn.z)
