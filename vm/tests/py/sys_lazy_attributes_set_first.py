# A program that stores into sys before using sys.version_info or sys.flags
# keeps what it stored; the other attribute is still made on first use.
import sys

sys.flags = "mine"
print(sys.version_info[:2], sys.flags)
print("__builtins__" in sys.__dict__, sorted(k for k in vars(sys) if k in ("flags", "version_info")))
saved = sys.stdout
sys.stdout = sys.stderr
sys.stdout = saved
print(type(sys.flags).__name__, sys.version_info.major)
