import sys
print(__name__, sys.modules["__main__"].__name__)
this = sys.modules[__name__]
marker = "main marker"
print(this.marker)
import mod_simple
print(mod_simple.__name__ != __name__)
