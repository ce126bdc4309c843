# __exit__ returning a true value suppresses the exception


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("  exit: no exception")
            return False
        print("  exit:", exc_type.__name__, exc)
        print("  traceback present:", tb is not None)
        return issubclass(exc_type, self.types)


with Suppress(ValueError):
    print("raising ValueError")
    raise ValueError("suppressed")
print("after first with")

try:
    with Suppress(ValueError):
        raise TypeError("not suppressed")
except TypeError as e:
    print("caught outside:", e)

with Suppress(LookupError):
    {}["missing"]
print("KeyError suppressed via LookupError")

with Suppress(Exception):
    print("no exception raised")

# two items: inner suppresses, outer sees nothing
with Suppress(Exception), Suppress(ZeroDivisionError):
    1 / 0
print("done with nested")

# truthy non-bool return value also suppresses


class Truthy:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        return 1


with Truthy():
    raise KeyError("x")
print("suppressed by 1")


def gen_in_with():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("i", i, 10 // (1 - i))


gen_in_with()
