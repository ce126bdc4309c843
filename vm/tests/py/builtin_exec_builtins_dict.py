g = {}
exec("x = 1", g)
print("__builtins__" in g, type(g["__builtins__"]).__name__, g["x"])
g = {"__builtins__": {"len": len}}
print(eval("len([1, 2])", g))
for src in ["abs(-1)", "print(1)"]:
    try:
        eval(src, g)
    except NameError as e:
        print(type(e).__name__, e)
g = {"__builtins__": {}}
exec("y = 5", g)
print(g["y"])
try:
    exec("class A: pass", g)
except NameError as e:
    print(type(e).__name__, e)
g = {"__builtins__": {"abs": lambda v: "mine"}}
print(eval("abs(-2)", g))
exec("def f():\n    return abs(-3)", g)
print(g["f"](), eval("[abs(i) for i in (1, 2)]", g))
import sys
g = {"__builtins__": sys.modules["builtins"]}
print(eval("abs(-4)", g))
g = {"__builtins__": 5}
try:
    eval("abs(-2)", g)
except TypeError as e:
    print(type(e).__name__, e)
g = {"__builtins__": {"x": 1}}
print(eval("x", g, {"x": 2}), eval("x", g))
print(eval("abs(-6)"), eval("abs(-7)", {}), eval("z", {}, {"z": 8}))
