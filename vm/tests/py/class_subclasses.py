# type.__subclasses__: the live classes made with a class as a base, held
# weakly (one dropped is gone after a collection).
import gc
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print([c.__name__ for c in A.__subclasses__()], [c.__name__ for c in B.__subclasses__()], [c.__name__ for c in C.__subclasses__()])
def make():
    class T(A): pass
    return T
t = make()
print([c.__name__ for c in A.__subclasses__()])
del t
gc.collect()
print([c.__name__ for c in A.__subclasses__()])
print(D.__subclasses__(), type(A.__subclasses__()).__name__)
