def worker():
    try:
        print("start")
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")


g = worker()
print(next(g))
g.close()
print("closed")
g.close()  # closing again is a no-op
print(next(g, "exhausted"))

g = worker()
g.close()  # never started: body never runs
print("closed unstarted")


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "should not yield"


g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning normally on close")
        return "ignored value"


g = returns_on_exit()
next(g)
print(g.close())


def exit_is_baseexception():
    try:
        yield
    except Exception:
        print("not reached: GeneratorExit is not an Exception")
    finally:
        print("finally only")


g = exit_is_baseexception()
next(g)
g.close()


def raises_other():
    try:
        yield
    finally:
        raise ValueError("raised during close")


g = raises_other()
next(g)
try:
    g.close()
except ValueError as e:
    print(type(e).__name__, e)


def sub():
    try:
        yield "s"
    finally:
        print("sub closed")


def deleg():
    try:
        yield from sub()
    finally:
        print("deleg closed")


g = deleg()
next(g)
g.close()
