# open() modes: a, x, r+, w+, a+, and their positions.
import os

NAME = f"tmp_open_modes_{os.getpid()}.txt"

with open(NAME, "x") as f:
    f.write("created")
try:
    open(NAME, "x")
except FileExistsError as e:
    print("x again:", type(e).__name__, e.errno)
with open(NAME, "a") as f:
    print(f.mode, f.tell())
    f.write("+more")
with open(NAME) as f:
    print(f.read())
with open(NAME, "r+") as f:
    print(f.mode, repr(f.read(3)))
    f.seek(0)
    f.write("CRE")
    f.seek(0)
    print(repr(f.read()))
with open(NAME, "w+") as f:
    print(f.mode, repr(f.read()))
    f.write("fresh\nlines\n")
    print(f.tell(), f.seek(0), f.readline(), end="")
    f.seek(0, 2)
    f.write("tail\n")
    f.seek(0)
    print(f.readlines())
with open(NAME, "a+") as f:
    print(f.mode, f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write("appended\n")
    f.seek(0)
    print(f.read().split())
with open(NAME, "rt") as f:
    print(f.mode, type(f).__name__)
with open(NAME, "wt") as f:
    print(f.mode)
with open(NAME, "r+") as f:
    f.write("abc")
    print(f.truncate(), f.tell())
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME, "a+b") as f:
    print(type(f).__name__, f.mode, f.tell())
with open(NAME, "xb" if False else "wb") as f:
    print(type(f).__name__, f.mode)
print(open(NAME, "rb").raw.mode if hasattr(open(NAME, "rb"), "raw") else None)
for mode in ["r", "w", "a", "r+", "w+", "a+"]:
    f = open(NAME, mode)
    print(mode, f.readable(), f.writable(), f.buffer.raw.mode)
    f.close()
os.remove(NAME)
with open(NAME, "a") as f:
    f.write("a creates")
print(open(NAME).read())
os.remove(NAME)
