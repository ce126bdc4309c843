import sys
n = sys.stdout.write("written with sys.stdout.write\n")
print("write returned", n)
sys.stdout.write("no newline; ")
sys.stdout.write("same line\n")
m = sys.stderr.write("this goes to stderr\n")
print("stderr write returned", m)
print("to stderr via print", file=sys.stderr)
sys.stderr.flush()
sys.stdout.flush()
print(hasattr(sys.stdout, "write"), hasattr(sys.stderr, "write"), sys.stdout is not sys.stderr)
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr)
try:
    sys.stdout.write(42)
except TypeError as e:
    print(type(e).__name__, e)


class Capture:
    def __init__(self):
        self.chunks = []

    def write(self, s):
        self.chunks.append(s)
        return len(s)

    def flush(self):
        pass


real = sys.stdout
cap = Capture()
sys.stdout = cap
print("captured line", 1, 2)
print("second")
sys.stdout = real
print("restored; captured:", cap.chunks)
