# staticmethod() and classmethod() copy the callable's __name__, __doc__, ...
# and skip the missing ones, also when __getattr__ raises AttributeError;
# any other error propagates.
class C:
    def __call__(self): return 1
    def __getattr__(self, name):
        raise AttributeError(name)
s = staticmethod(C())
print(type(s).__name__, s.__func__.__class__.__name__)
c = classmethod(C())
print(type(c).__name__)
class D:
    def __call__(self): return 1
    def __getattr__(self, name):
        raise KeyError(name)
try:
    staticmethod(D())
except KeyError as e:
    print("KeyError", e)
print(getattr(C(), "x", "default"))
