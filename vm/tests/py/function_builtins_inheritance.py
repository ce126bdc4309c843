# A function made from a code object with globals lacking __builtins__ keeps
# the builtins of the code that made it (bpo-42990); in the main module
# __builtins__ is the builtins module, whose dict functions carry.
import textwrap
def func(s): return len(s)
ns = {}
func2 = type(func)(func.__code__, ns)
print(func2.__globals__ is ns, func2.__builtins__ is __builtins__, func2("abc"), ns)
code = textwrap.dedent("""
    def func3(s): pass
    func4 = type(func3)(func3.__code__, {})
""")
safe_builtins = {'None': None}
ns = {'type': type, '__builtins__': safe_builtins}
exec(code, ns)
print(ns['func3'].__builtins__ is safe_builtins, ns['func4'].__builtins__ is safe_builtins, ns['func3'].__globals__['__builtins__'] is safe_builtins)
print('__builtins__' in ns['func4'].__globals__)
import builtins as _b
def f(): pass
print(type(__builtins__).__name__, type(f.__builtins__).__name__, f.__builtins__ is _b.__dict__)
print(type(__builtins__).__name__, __builtins__ is _b, len("x"), __builtins__.len("ab"))
exec("print(type(__builtins__).__name__)", {})
exec("print(len(\"abc\"))", {"__builtins__": {"len": lambda s: -1, "print": print}})
