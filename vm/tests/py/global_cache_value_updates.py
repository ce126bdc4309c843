# A function that reads globals and builtins in a loop (through the
# global-variable cache) sees every new value stored under an existing
# name, however it is stored: assignment, globals(), setattr on the
# module, the builtins module, exec with a dict of its own.
import builtins
import sys

counter = 0
scale = 1
original_len = len


def read_loop(n):
    seen = []
    for i in range(n):
        seen.append(counter * scale + len("ab"))
        bump(i)
    return seen


def bump(i):
    global counter
    counter += 1
    if i == 1:
        globals()["scale"] = 10
    if i == 2:
        setattr(sys.modules[__name__], "scale", 100)
    if i == 3:
        builtins.len = lambda s: -1
    if i == 4:
        builtins.len = original_len


print(read_loop(6))
print(len("abc"))

namespace = {"x": 1}
code = compile("def f():\n    return [x for _ in range(2)] + [x]\n", "<ns>", "exec")
exec(code, namespace)
f = namespace["f"]
print(f())
namespace["x"] = 2
print(f())
namespace.update(x=3)
print(f())
namespace.setdefault("x", 99)
print(f())
namespace["x"] += 1
print(f())
del namespace["x"]
try:
    f()
except NameError as e:
    print("NameError:", e)
namespace["x"] = "back"
print(f())

d = {"k": 1}
for i in range(5):
    d["k"] = d["k"] + i
    d["k"] += 1
print(d, {**d, "k": 0})
