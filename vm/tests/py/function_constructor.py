# types.FunctionType(code, globals, name, argdefs, closure): functions made from
# code objects, with CPython's argument checks and messages.
import types
def outer():
    x = 1
    def inner(a, b=2):
        return a + b + x
    return inner
inner = outer()
def plain(a, b=5):
    "doc"
    return a * b
g = {"__name__": "mod", "__builtins__": __builtins__}
cases = [
    lambda: types.FunctionType(plain.__code__, g),
    lambda: types.FunctionType(plain.__code__, g, "renamed"),
    lambda: types.FunctionType(plain.__code__, g, None, (7,)),
    lambda: types.FunctionType(inner.__code__, g, None, None, inner.__closure__),
    lambda: types.FunctionType("x", g),
    lambda: types.FunctionType(plain.__code__, []),
    lambda: types.FunctionType(plain.__code__, g, 3),
    lambda: types.FunctionType(plain.__code__, g, None, [1]),
    lambda: types.FunctionType(inner.__code__, g),
    lambda: types.FunctionType(inner.__code__, g, None, None, (1,)),
    lambda: types.FunctionType(plain.__code__, g, None, None, inner.__closure__),
    lambda: types.FunctionType(inner.__code__, g, None, None, 5),
    lambda: types.FunctionType(),
    lambda: types.FunctionType(plain.__code__, g, None, None, None, 1),
    lambda: types.FunctionType(code=plain.__code__, globals=g, name="kw"),
]
for c in cases:
    try:
        f = c()
        print(f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__doc__, f(1, 3))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
