# sys.exit(3): exit status 3, no traceback.
import sys
print("about to exit with status 3")
try:
    sys.exit(3)
finally:
    print("finally still runs")
print("never printed")
