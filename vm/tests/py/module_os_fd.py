# os's descriptor-level calls: open, read, write, lseek, close, fstat.
import os

NAME = f"tmp_os_fd_{os.getpid()}.bin"

fd = os.open(NAME, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(type(fd).__name__, fd > 2)
print(os.write(fd, b"hello world"), os.write(fd, bytearray(b"!")))
os.close(fd)
fd = os.open(NAME, os.O_RDONLY)
print(os.read(fd, 5), os.lseek(fd, 0, os.SEEK_CUR))
print(os.lseek(fd, -6, os.SEEK_END), os.read(fd, 100), os.read(fd, 10))
print(os.fstat(fd).st_size, os.isatty(fd))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno, e)
try:
    os.read(fd, 1)
except OSError as e:
    print(type(e).__name__, e)
fd = os.open(NAME, os.O_RDWR | os.O_APPEND)
os.write(fd, b"+end")
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.close(fd)
try:
    os.open(NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print(type(e).__name__, e.errno)
try:
    os.write(1, "text")
except TypeError as e:
    print(type(e).__name__, e)
with open(NAME, "rb") as f:
    print(f.fileno() > 2, f.read())
f = open(os.open(NAME, os.O_RDONLY), "rb")
print(f.name > 2, f.read(5))
f.close()
os.remove(NAME)
print(os.path.exists(NAME))
