# exec() in a function sees its variables; a global statement in a nested
# function hides enclosing bindings from the functions nested in it and
# makes the module's own stores global; generator lambdas return their
# value; throw(type, instance) raises that instance with the generator's
# handled exception as its context; a metaclass's comparisons apply to
# classes; super() errors.


def run_exec(self):
    exec("print('sees', self)")
    print(eval("self + 1"))


run_exec(41)

code = """if 1:
    x = 7
    def f():
        x = 1
        def g():
            global x
            def i():
                def h():
                    return x
                return h()
            return i()
        return g()
    result = (f(), x)
"""
ns = {}
exec(code, ns)
print(ns["result"])

code = """if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
"""
module_globals, module_locals = {}, {}
exec(code, module_globals, module_locals)
print(module_globals.get("y"), module_globals.get("result9"), module_locals["result2"])


def test(x):
    class Foo:
        global x

        def __call__(self, y):
            return x + y
    return Foo()


x = 0
print(test(6)(2))

# generator lambdas


def g():
    return (yield 1)


for make in (lambda: (yield 1), lambda: (yield from g())):
    gen = make()
    print(next(gen), end=" ")
    try:
        gen.send(2)
    except StopIteration as e:
        print(e.value)

# throw


def catcher():
    try:
        yield
    except ValueError as e:
        yield ("caught", e.args)


gen = catcher()
next(gen)
exc = ValueError("given")
print(gen.throw(ValueError, exc), gen.throw is not None)
gen = catcher()
next(gen)
print(gen.throw(ValueError, ("a", "b")))


def handling():
    try:
        raise KeyError("a")
    except Exception:
        yield


gen = handling()
gen.send(None)
try:
    gen.throw(ValueError)
except ValueError as e:
    print(type(e.__context__).__name__, e.__context__.args)

# metaclass comparisons


class Meta(type):
    def __lt__(cls, other):
        return cls.__name__ < other.__name__


class Beta(metaclass=Meta):
    pass


class Alpha(metaclass=Meta):
    pass


print(Alpha < Beta, Beta < Alpha, sorted([Beta, Alpha], key=lambda k: k) == [Alpha, Beta])
try:
    Alpha <= Beta
except TypeError as e:
    print(e)

# super() errors


def deleted_first(x):
    del x
    super()


try:
    deleted_first(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(int, int, int)
except TypeError as e:
    print(e)

# A function keeps the builtins of its creation.


def uses_len():
    return len([1, 2, 3])


namespace = {"uses_len": uses_len, "__builtins__": {"len": lambda x: 7}}
exec("x = uses_len()", namespace)
print(namespace["x"])
namespace = {"__builtins__": {"len": lambda x: 99}}
exec("def f():\n    return len([1])\nfirst = f()", namespace)
namespace["__builtins__"] = {"len": lambda x: 5}
exec("second = f()\ng = lambda: len([])", namespace)
print(namespace["first"], namespace["second"], namespace["f"](), namespace["g"]())
print(sorted(namespace["f"].__builtins__))
