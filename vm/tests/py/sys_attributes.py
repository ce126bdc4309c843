# sys: intern, byteorder, platform, flags, implementation, maxsize, modules.
import sys

a = sys.intern("hello world " * 2)
b = sys.intern("hello world hello world ")
print(a is b, a == b)
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sys.byteorder in ("little", "big"), sys.byteorder == "little")
print(sys.platform == "linux", type(sys.platform).__name__)
print(type(sys.flags).__name__, sys.flags.optimize, sys.flags.verbose, sys.flags.debug)
print(sys.flags.dev_mode, sys.flags.isolated, sys.flags[3])
print(sys.maxsize == 2**63 - 1, -sys.maxsize - 1 == -(2**63))
print(sys.version_info.major, sys.version_info[:2], sys.version_info >= (3, 11))
print(sys.version_info.releaselevel, len(sys.version_info), type(sys.version).__name__)
print(type(sys.implementation.name).__name__, sys.implementation.name.islower())
print("sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules[__name__].__name__, type(sys.modules).__name__)
import math

print(sys.modules["math"] is math)
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_attributes.py"))
limit = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
sys.setrecursionlimit(limit)
for bad in [0, -5, "x"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(callable(sys.stdout.write), callable(sys.stdout.flush))
print(sys.stdout.write("written\n"))
sys.stdout.flush()
print(type(sys.executable).__name__)
