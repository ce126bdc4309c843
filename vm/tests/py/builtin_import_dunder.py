m = __import__("mod_simple") if False else __import__("sys")
print(m.__name__, type(m).__name__)
osp = __import__("os.path")
print(osp.__name__)
leaf = __import__("os.path", fromlist=["join"])
print(leaf.__name__, callable(leaf.join))
mods = __import__("collections", globals(), locals(), ["deque"], 0)
print(mods.__name__, mods.deque([1]))
for args, kw in [(("no_such_module_xyz",), {}), (("",), {}), ((5,), {})]:
    try:
        __import__(*args, **kw)
    except (ImportError, ValueError, TypeError, KeyError) as e:
        print(type(e).__name__, e)
import sys
print("sys" in sys.modules, __import__("sys") is sys, __import__("math").sqrt(16))
