# Binary files: bytes in and out, read(n), readline, seek whence, buffering=0.
import os

NAME = f"tmp_open_binary_{os.getpid()}.bin"

with open(NAME, "wb") as f:
    print(type(f).__name__, f.mode, f.name == NAME)
    print(f.write(b"\x00\x01\x02line one\n"), f.write(bytearray(b"line two\n")))
    print(f.write(bytes(range(250, 256))), f.tell())
with open(NAME, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read(3), f.tell())
    print(f.readline(), f.readline(4), f.readline())
    print(f.read(), f.read(), f.tell())
    print(f.seek(3), f.read(4))
    print(f.seek(-2, 2), f.read())
    print(f.seek(-6, 1), f.read(2), f.tell())
    print(f.seek(0), f.read(100) == open(NAME, "rb").read())
with open(NAME, "rb") as f:
    print(list(f))
with open(NAME, "rb") as f:
    print(f.readlines())
with open(NAME, "rb") as f:
    data = f.read()
print(len(data), data[:3], data[-1], type(data).__name__)

with open(NAME, "wb") as f:
    f.write(b"0123456789" * 2000)
with open(NAME, "rb") as f:
    print(f.read(5), f.seek(9995), f.read(10), f.tell())
    print(len(f.read()), f.tell())
    print(f.seek(19998), f.read(5))

with open(NAME, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(4), f.tell(), f.readall()[-3:])
with open(NAME, "ab") as f:
    print(f.tell(), f.write(b"END"))
with open(NAME, "rb") as f:
    f.seek(-5, 2)
    print(f.read())
with open(NAME, "r+b") as f:
    print(type(f).__name__, f.mode)
    f.write(b"AB")
    print(f.read(3))
    f.seek(0)
    print(f.read(6))
    print(f.truncate(4), f.seek(0, 2))
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w+b") as f:
    f.write(b"hello")
    f.seek(1)
    print(f.read(), f.tell())
with open(NAME, "rb") as f:
    print(f.read(0), f.peek()[:5], f.read1(2), f.read())
    buf = bytearray(3)
    f.seek(0)
    print(f.readinto(buf), buf)
os.unlink(NAME)
