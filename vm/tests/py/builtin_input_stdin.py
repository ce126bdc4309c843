# input() and sys.stdin at the end of input (the suite runs with no stdin).
import sys

try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines())
print(list(sys.stdin))
for line in sys.stdin:
    print("never", line)
print(sys.stdin.readable(), sys.stdout.writable(), sys.stdin.name, sys.stdin.mode)
print(sys.stdin.encoding, sys.stdout.encoding, sys.stderr.name)
print(repr(sys.stdin.read(5)), repr(sys.stdin.readline(3)))
try:
    sys.stdin.read("x")
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdin)
print(sys.stdout)
print(sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
