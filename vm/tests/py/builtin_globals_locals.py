top = "top value"
g = globals()
print(type(g).__name__, g["top"], g["__name__"], "__builtins__" in g)
print([k for k in g if not k.startswith("__")])
g["injected"] = "via globals()"
print(injected)


def show_locals(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())


print(show_locals(1))


def modify_global():
    globals()["made_in_function"] = 42


modify_global()
print(made_in_function)


def locals_snapshot():
    x = 1
    snap = locals()
    x = 2
    return snap["x"], locals()["x"]


print(locals_snapshot())
print(locals() is globals())


class C:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))


print(C.names)


def closure_locals():
    free = "free var"

    def inner():
        return sorted(locals())
    free = free + "!"

    def inner2():
        return sorted(locals().items()), free
    return inner(), inner2()


print(closure_locals())
