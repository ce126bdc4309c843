import sys
print(sys.maxsize, sys.maxsize == 2**63 - 1, -sys.maxsize - 1, type(sys.maxsize).__name__)
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.radix)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.nan if False else 0)
print(sys.maxunicode, sys.byteorder, sys.getrecursionlimit() > 0, type(sys.argv).__name__, sys.version_info[:1], sys.version_info.major)
print(sys.float_info.max * 2, 1 + sys.float_info.epsilon > 1, 1 + sys.float_info.epsilon / 2 == 1, sys.float_info.min / 2 > 0)
print(hash(2**61 - 1) == 0, sys.hash_info.modulus == 2**61 - 1, hash(float("inf")) == sys.hash_info.inf, sys.flags.optimize)
print(isinstance(sys.platform, str), sys.implementation.name in ("cpython", "minnow"), callable(sys.intern), sys.intern("ab") == "ab")
