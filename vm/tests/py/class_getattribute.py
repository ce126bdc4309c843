class Logged:
    cls_attr = "C"

    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("__getattribute__", name)
        return object.__getattribute__(self, name)

    def method(self):
        return self.a + 1


x = Logged()
print(x.a)
print(x.cls_attr)
print(x.method())
try:
    x.nope
except AttributeError as e:
    print(type(e).__name__, e)


class Redirect:
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "getattr fallback for " + name


r = Redirect()
r.secret = "stored"
print(r.secret, r.__dict__["secret"], r.other)


class Raises:
    def __getattribute__(self, name):
        raise AttributeError(name + " blocked")

    def __getattr__(self, name):
        return "rescued " + name


print(Raises().anything)
# special method lookup bypasses __getattribute__


class Special:
    def __getattribute__(self, name):
        print("getattribute for", name)
        return object.__getattribute__(self, name)

    def __len__(self):
        return 3


s = Special()
print(len(s))
print(s.__len__())
