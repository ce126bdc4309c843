import sys
print("before import:", "mod_simple" in sys.modules)
import mod_simple
print("after import:", "mod_simple" in sys.modules)
print(mod_simple.GREETING)
print(mod_simple.add(2, 3), mod_simple.Thing("t"))
print(mod_simple.__name__, type(mod_simple).__name__, mod_simple.__doc__)
print(mod_simple.__file__.endswith("mod_simple.py"))
import mod_simple  # second import: body does not run again
import mod_simple as again
print(again is mod_simple, sys.modules["mod_simple"] is mod_simple)
print(mod_simple.bump(), mod_simple.bump(), mod_simple.counter)
mod_simple.new_attr = "set from importer"
print(again.new_attr)
print(sorted(n for n in dir(mod_simple) if not n.startswith("__")))
import sys, mod_star
print(mod_star.public_b)
