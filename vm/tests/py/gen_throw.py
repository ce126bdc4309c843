def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator handled", e)
            yield "recovered"


g = resilient()
print(next(g))
print(g.throw(ValueError("first")))
print(next(g))
try:
    g.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated out:", repr(e))
print(next(g, "generator is finished"))


def fresh():
    yield 1


g = fresh()
try:
    g.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("not started:", e)
print(list(g))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally in generator")


g = with_finally()
next(g)
try:
    g.throw(TypeError("typed"))
except TypeError as e:
    print("caught", e)


def inner():
    try:
        yield "inner"
    except IndexError:
        print("inner handled IndexError")
        yield "inner recovered"


def outer():
    yield from inner()
    yield "outer continues"


g = outer()
print(next(g))
print(g.throw(IndexError))
print(next(g))


def return_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned after throw"


g = return_on_throw()
next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration with", e.value)
