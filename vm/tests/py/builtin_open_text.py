# Text files: write, read, readline, readlines, iteration, with, tell/seek.
import os

NAME = f"tmp_open_text_{os.getpid()}.txt"

with open(NAME, "w") as f:
    print(type(f).__name__, f.mode, f.closed, f.readable(), f.writable(), f.seekable())
    print(f.write("alpha\n"), f.write("beta\ngamma\n"), f.write("delta"))
    print(f.tell())
print(f.closed)

with open(NAME) as f:
    print(type(f).__name__, f.mode, f.name == NAME, f.encoding, f.errors)
    print(repr(f.read(3)), f.tell())
    print(repr(f.readline()), f.tell())
    print(repr(f.readline(2)), repr(f.readline()))
    print(repr(f.read()))
    print(repr(f.read()), repr(f.readline()))

with open(NAME, "r") as f:
    print(f.readlines())
with open(NAME) as f:
    print(f.readlines(8))
with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(NAME) as f:
    print(list(f))
    print(f.seek(0), f.readline().rstrip())
    print(f.seek(6), repr(f.read(4)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0, 1) == f.tell())
with open(NAME) as f:
    print(next(f), end="")
    print(next(iter(f)), end="")
    print([line.upper() for line in f])

f = open(NAME)
print(f.read(5))
f.close()
f.close()
print(f.closed)

with open(NAME, "w") as f:
    f.writelines(["one\n", "two\n", "three"])
with open(NAME) as f:
    print(f.read().splitlines())
with open(NAME, "a") as f:
    print(f.tell())
    f.write("\nfour\n")
with open(NAME) as f:
    print(len(f.readlines()))
with open(NAME, "w") as f:
    pass
with open(NAME) as f:
    print(repr(f.read()), repr(f.readline()), f.readlines(), list(f))

print(open(NAME).read() == "")
print(print("to a file", 42, sep="-", file=open(NAME, "w")))
with open(NAME, "w") as f:
    print("printed", "line", file=f)
    print("second", end="!", file=f)
with open(NAME) as f:
    print(repr(f.read()))
os.remove(NAME)
print(os.path.exists(NAME))
