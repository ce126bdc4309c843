def tag(name):
    def deco(fn):
        print("applying", name)

        def wrapper():
            return "<%s>%s</%s>" % (name, fn(), name)
        return wrapper
    return deco


# decorators apply bottom-up, factories evaluate top-down
@tag("b")
@tag("i")
@tag("u")
def text():
    return "hello"


print(text())


def log(label):
    print("factory", label)

    def deco(fn):
        print("deco", label)

        def wrapper(x):
            print("enter", label)
            r = fn(x)
            print("exit", label)
            return r
        return wrapper
    return deco


@log("outer")
@log("inner")
def work(x):
    print("work", x)
    return x * 2


print(work(21))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


def counted(fn):
    def wrapper(n):
        wrapper.count += 1
        return fn(n)
    wrapper.count = 0
    return wrapper


@counted
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.count)
