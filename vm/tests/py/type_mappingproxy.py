class A:
    x = 1
    def f(self): pass
d = A.__dict__
print(type(d).__name__, d['x'], 'f' in d, len(d) > 2, d.get('nope', 5))
print(sorted(k for k in d if not k.startswith('__')))
print(sorted(d.keys())[-2:], type(d.items()).__name__)
try:
    d['y'] = 2
except TypeError as e:
    print("TypeError", e)
try:
    del d['x']
except TypeError as e:
    print("TypeError", e)
print(type(vars(A)).__name__, vars(A)['x'])
print(d == dict(d), d != {}, type(d.copy()).__name__)
print(type(d | {'z': 1}).__name__, type({'z': 1} | d).__name__)
import types
mp = types.MappingProxyType({'a': 1})
print(mp, repr(mp), str(mp), list(reversed(mp)))
try:
    types.MappingProxyType([1])
except TypeError as e:
    print("TypeError", e)
try:
    d['missing']
except KeyError as e:
    print("KeyError", e)
print(int.__dict__['bit_length'] is not None, type(int.__dict__).__name__)
print(types.SimpleNamespace(a=1, b=[2]), types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))
def f(): yield
print(isinstance(f, types.FunctionType), isinstance(f(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), type(None) is types.NoneType, types.MappingProxyType is type(int.__dict__))
