# io.StringIO and io.BytesIO.
import io
import sys

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(repr(s.getvalue()))
s.seek(0)
print(repr(s.read(5)), repr(s.readline()), repr(s.read()))
s = io.StringIO("one\ntwo\nthree")
print(s.readlines())
s.seek(0)
print(list(s))
s.seek(4)
s.write("TWO")
print(repr(s.getvalue()), s.tell())
print(s.truncate(3), repr(s.getvalue()))
s.seek(0, 2)
print(s.tell())
with io.StringIO("ctx") as s:
    print(s.read())
print(s.closed)
try:
    s.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    io.StringIO().write(b"x")
except TypeError as e:
    print(type(e).__name__, e)
buf = io.StringIO()
print("via print", 1, 2, file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured")
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))

b = io.BytesIO(b"abc")
print(b.read(), b.tell(), b.read())
b.write(b"def")
print(b.getvalue())
b.seek(1)
b.write(b"XY")
print(b.getvalue(), b.tell())
b = io.BytesIO()
b.write(b"line1\nline2\n")
b.seek(0)
print(b.readline(), b.readlines())
b.seek(-3, 2)
print(b.read())
try:
    b.write("text")
except TypeError as e:
    print(type(e).__name__, e)
print(b.truncate(2), b.getvalue())
print(isinstance(b, io.BufferedIOBase), isinstance(s, io.TextIOBase))
