# open(): bad arguments, missing files, closed files, unsupported operations.
import io
import os

NAME = f"tmp_open_errors_{os.getpid()}.txt"
HERE = "builtin_open_errors.py"


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


show(open, 1.5)
show(open, None)
show(open, HERE, 3)
for mode in ["rw", "rr", "q", "rt+b", "tb", "", "+", "r+x", "ab+w", "U", "wa"]:
    show(open, HERE, mode)
show(open, HERE, "rb", encoding="utf-8")
show(open, HERE, "rb", errors="strict")
show(open, HERE, "rb", newline="")
show(open, HERE, "r", buffering=0)
show(open, HERE, "r", encoding="no-such-codec")
show(open, HERE, "r", newline="x")
show(open, "no_such_file.txt")
show(open, "no_such_dir/file.txt", "w")
show(open, ".")
show(open, ".", "w")
show(open, HERE, "x")

try:
    open("no_such_file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
    print(isinstance(e, FileNotFoundError), isinstance(e, OSError))
try:
    open(HERE, "x")
except FileExistsError as e:
    print(e.errno, e.strerror, e.filename)

f = open(HERE)
show(f.write, "x")
f.close()
for method in [f.read, f.readline, f.readlines, f.tell, f.__enter__, f.fileno, f.flush]:
    show(method)
show(f.seek, 0)
show(next, f)
show(iter, f)
show(f.close)

with open(NAME, "w") as f:
    show(f.read)
    show(f.readline)
    show(f.write, b"bytes")
    show(f.write, 42)
    show(f.seek, 1, 1)
    show(f.seek, 1, 2)
    show(f.seek, -1)
    show(f.seek, 0, 3)
with open(NAME, "rb") as f:
    show(f.write, b"x")
    show(f.write, "text")
with open(NAME, "wb") as f:
    show(f.write, "text")
    show(f.read)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
try:
    with open(NAME) as f:
        f.write("no")
except io.UnsupportedOperation as e:
    print("caught", e)
try:
    with open(NAME, "w") as f:
        f.write("partial")
        raise KeyError("inside with")
except KeyError as e:
    print("KeyError", e, f.closed)
print(open(NAME).read())
os.remove(NAME)
show(os.remove, "no_such_file.txt")
