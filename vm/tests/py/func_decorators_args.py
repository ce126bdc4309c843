# decorators with arguments


def repeat(times):
    print("repeat factory called with", times)

    def deco(fn):
        print("decorating", fn.__name__)

        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco


@repeat(3)
def hi(name):
    return "hi " + name


print(hi("bob"))


def prefix(p, sep=": "):
    def deco(fn):
        def wrapper(*a, **k):
            return p + sep + str(fn(*a, **k))
        return wrapper
    return deco


@prefix("INFO")
def status():
    return "ok"


@prefix("WARN", sep=" - ")
def warn(msg):
    return msg.upper()


print(status())
print(warn("disk"))


def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs.get(k), t):
                    raise TypeError("%s must be %s" % (k, t.__name__))
            return fn(**kwargs)
        return wrapper
    return deco


@validate(x=int, y=str)
def combine(x, y):
    return y * x


print(combine(x=2, y="ab"))
try:
    combine(x="2", y="ab")
except TypeError as e:
    print(type(e).__name__, e)


class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


@CountCalls
def square(n):
    return n * n


print(square(3), square(4), square.calls, type(square).__name__)
