# exec and eval: namespaces, results, errors.


def show(f, *args):
    try:
        print(repr(f(*args)))
    except Exception as e:
        print(type(e).__name__, e)


g = {}
show(exec, "a = 1\nb = a + 1", g)
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
loc = {}
show(exec, "c = 5\nd = c * 2", g, loc)
print(loc, "c" in g)
show(eval, "a + b", g)
show(eval, "x * 2", {"x": 4}, {"x": 10})
show(eval, "x", {}, {"x": 1})
show(eval, "  1 + 1")
show(eval, "(1 +\n 2)")
show(eval, b"1 + 2")
show(eval, "[i * i for i in range(4)]")
print(eval("lambda q: q + 1")(2))
show(eval, "undefined_name")
show(eval, "def f(): pass")
show(eval, "x = 1")
show(exec, "x = ")
show(eval, 42)
show(exec, 42)
show(eval, "1+1", [])
show(exec, "pass", [])
show(exec, "pass", None, [])
show(eval, "1", None, 5)
show(exec, "raise ValueError('boom')")
show(eval, "1 / 0")


def scope():
    y = 3
    return eval("y + 1"), eval("[y * i for i in range(3)]")


show(scope)


def local_exec():
    ns = {}
    exec("z = 10", None, ns)
    return ns


show(local_exec)
exec("def f(n): return n * 3", g)
print(g["f"](5), g["f"].__name__)
exec("class K:\n    v = 7\n", g)
print(g["K"].v, g["K"].__name__)
ns = {}
exec("import math\nr = math.floor(2.5)", ns)
print(ns["r"], type(ns["math"]).__name__)
print(eval("__name__"), eval("__name__", {}))
exec("print(__name__)", {"__name__": "custom"})
counter = [0]
exec("counter[0] += 1")
print(counter)
exec("new_global = 'made'")
print(new_global)
print(eval("new_global.upper()"))
try:
    exec("if True:\nprint(1)")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    eval("1 +")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg, e)
