# A file object left open is flushed and closed when it is collected (here
# at gc.collect(), where CPython's reference counting does it at once).
import gc
import os

name = "gc_file_closed_%d.txt" % os.getpid()


def write_and_forget():
    f = open(name, "w")
    f.write("written but never closed\n")


write_and_forget()
gc.collect()
gc.collect()
with open(name) as f:
    print(repr(f.read()))

g = open(name, "a")
g.write("second\n")
raw = g.buffer.raw
del g
gc.collect()
gc.collect()
print("raw closed:", raw.closed)
with open(name) as f:
    print(f.read().splitlines())

b = open(name, "wb")
b.write(b"bytes too")
b = None
gc.collect()
gc.collect()
with open(name, "rb") as f:
    print(f.read())
os.remove(name)
