import sys
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import pkg_demo.no_such_submodule
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg_demo import nothing_here
except ImportError as e:
    print(type(e).__name__, e.name)
try:
    import mod_raises
except ValueError as e:
    print(type(e).__name__, e)
print("mod_raises" in sys.modules)
try:
    import mod_raises
except ValueError as e:
    print("second attempt runs the body again:", e)
print(isinstance(ModuleNotFoundError("x"), ImportError))
