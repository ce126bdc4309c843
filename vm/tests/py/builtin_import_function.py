# __import__ and importlib-style use of it.


def show(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(getattr(r, "__name__", r))
    except Exception as e:
        print(type(e).__name__, e)


show(__import__, "math")
m = __import__("math")
print(m.sqrt(16), m is __import__("math"))
show(__import__, "os.path")
show(__import__, "os.path", fromlist=["join"])
p = __import__("os.path", globals(), locals(), ["join"], 0)
print(p.join("a", "b"))
show(__import__, "no_such_module_here")
show(__import__, 5)
show(__import__)
show(__import__, "")
import sys

print("math" in sys.modules, "no_such_module_here" in sys.modules)
c = __import__("collections", fromlist=["deque"])
print(c.deque([1, 2]))
mod = __import__("mod_simple")
print(mod.__name__)
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e.name)
