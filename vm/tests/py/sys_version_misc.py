import sys
print(sys.version_info[:2], sys.version_info[0], sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 0), sys.version_info < (4,), type(sys.version).__name__)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
print(isinstance(sys.implementation.name, str), len(sys.implementation.name) > 0)
print(callable(sys.exit), callable(sys.getrecursionlimit), hasattr(sys, "stdin"))
