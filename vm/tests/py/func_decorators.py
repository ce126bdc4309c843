# decorators without arguments


def trace(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper


@trace
def add(a, b):
    return a + b


add(2, 3)
add(a=1, b=1)
print(add.__name__)

# decorator applied at definition time
registry = []


def register(fn):
    registry.append(fn.__name__)
    return fn


@register
def one():
    pass


@register
def two():
    pass


print(registry, one.__name__)

# decorator can return something that is not a function


def as_value(fn):
    return fn()


@as_value
def computed():
    return 6 * 7


print(computed)

# decorating a class


def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls


@add_hello
class Greeter:
    pass


print(Greeter().hello())


# decorator expression can be any expression (3.9+)
decos = {"t": trace}


@decos["t"]
def mul(x, y):
    return x * y


mul(3, 4)
