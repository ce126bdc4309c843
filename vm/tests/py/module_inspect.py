import inspect, types
def gen():
    yield 1
async def coro(): return 1
async def agen(): yield 1
def f(a, b=2, *args, c, d=4, **kw) -> int: pass
def g(x, /, y, *, z): pass
class K:
    def m(self, q, r=1): pass
    def __init__(self, a, b): pass
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isasyncgenfunction(agen), inspect.isgeneratorfunction(coro))
g1 = gen()
print(inspect.getgeneratorstate(g1)); next(g1); print(inspect.getgeneratorstate(g1)); g1.close(); print(inspect.getgeneratorstate(g1))
c = coro(); print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c)); c.close()
print(str(inspect.signature(f)), str(inspect.signature(g)), str(inspect.signature(K(1, 2).m)), str(inspect.signature(K)))
print(inspect.signature(f).parameters['c'].kind, list(inspect.signature(g).parameters))
ba = inspect.signature(f).bind(1, c=3, e=5); ba.apply_defaults(); print(ba.arguments)
print(inspect.cleandoc("""  first
      second
        third
"""))
print(inspect.isfunction(f), inspect.isclass(K), inspect.ismethod(K(1, 2).m), inspect.isbuiltin(len), inspect.isroutine(len))
print([n for n, v in inspect.getmembers(K) if not n.startswith('__')])
print(types.CoroutineType.__name__, types.AsyncGeneratorType.__name__)
print(g1.gi_running, g1.gi_suspended, g1.gi_code.co_name)
