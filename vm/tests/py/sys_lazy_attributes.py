# sys.version_info and sys.flags are made on first use; every way of
# reaching them sees them.
import sys

print("flags" in dir(sys), "version_info" in sys.__dict__, "flags" in vars(sys))
print(hasattr(sys, "version_info"), getattr(sys, "flags").optimize)
from sys import version_info, flags
print(version_info[:2], flags.dev_mode, version_info is sys.version_info)
print(repr(sys.flags).startswith("sys.flags(debug=0"), repr(sys.version_info)[:27])

del sys.flags
try:
    sys.flags
except AttributeError as e:
    print("AttributeError", e)
sys.version_info = "replaced"
print(sys.version_info)
try:
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError", e)
