class Resource:
    def __init__(self, name):
        self.name = name
        print("construct", name)

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc_value)
        return False

    def use(self):
        print("using", self.name)


with Resource("db") as r:
    r.use()
print("after with, r.name =", r.name)


def early_exit():
    with Resource("file") as f:
        f.use()
        return "returned from with"
    print("unreachable")


print(early_exit())

for i in range(3):
    with Resource("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)

try:
    with Resource("err"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))


class EnterReturnsOther:
    def __enter__(self):
        return "something else"

    def __exit__(self, *args):
        print("exit args:", args)


with EnterReturnsOther() as val:
    print(val)


class NoExit:
    def __enter__(self):
        return self


try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)

try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("from exit")


try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
