import sys
print()
print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=" | ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print(1, 2.5, None, True, [1], (2,), {"k": "v"}, "s")
print(*range(5), sep=",")
print(sep="ignored")
print("", end="")
print("end can be empty", end="")
print()
print("to stderr", file=sys.stderr)
print("to stdout explicitly", file=sys.stdout)
print("multi", "args", "to", "stderr", sep="_", file=sys.stderr)
print(None, sep=None, end=None)
print("flush ok", flush=True)


class Custom:
    def __str__(self):
        return "custom str"


print(Custom(), [Custom()][0])
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=[])
except TypeError as e:
    print(type(e).__name__, e)


class Writer:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = Writer()
print("captured", 42, file=w, sep="+")
print(w.parts)
print("\ttabs\tand\nnewlines")
