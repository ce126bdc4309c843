import sys
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path), len(sys.path) > 0)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__)
import mod_simple
print("mod_simple" in sys.modules, sys.modules["mod_simple"] is mod_simple)
del sys.modules["mod_simple"]
import mod_simple as fresh
print(fresh is not mod_simple, fresh.GREETING)
sys.modules["fake_module"] = "anything can be cached"
import fake_module
print(fake_module)
print(sys.__name__, type(sys).__name__)
