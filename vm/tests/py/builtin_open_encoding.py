# Text files: UTF-8 across buffer boundaries, the codec and error arguments, newline.
import os

NAME = f"tmp_open_encoding_{os.getpid()}.txt"

text = "a" * 8190 + "é€😀" + "ü" * 5 + "\n" + "ñ" * 3000 + "\nend"
with open(NAME, "w", encoding="utf-8") as f:
    print(f.encoding, f.write(text))
with open(NAME, encoding="utf-8") as f:
    data = f.read()
print(len(data), data == text, data[8188:8196])
with open(NAME, "rb") as f:
    raw = f.read()
print(len(raw), raw == text.encode("utf-8"), raw[8190:8199])
with open(NAME, encoding="UTF8") as f:
    first = f.readline()
    print(len(first), first[-4:], f.tell() == len(first.encode()))
    print(len(f.readline()), repr(f.readline()), repr(f.readline()))
with open(NAME) as f:
    f.read(8189)
    print(repr(f.read(4)), f.tell())
    print(repr(f.read(3)))

for enc in ["ascii", "latin-1"]:
    with open(NAME, "w", encoding=enc) as f:
        f.write("plain text\n")
    with open(NAME, encoding=enc) as f:
        print(enc, repr(f.read()), f.encoding)
with open(NAME, "wb") as f:
    f.write(b"caf\xe9\n")
with open(NAME, encoding="latin-1") as f:
    print(repr(f.read()))
try:
    with open(NAME) as f:
        f.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
with open(NAME, errors="replace") as f:
    print(repr(f.read()))
with open(NAME, errors="ignore") as f:
    print(repr(f.read()))
try:
    with open(NAME, "w", encoding="ascii") as f:
        f.write("é")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)

with open(NAME, "wb") as f:
    f.write(b"one\r\ntwo\rthree\nfour")
with open(NAME) as f:
    print(f.readlines())
with open(NAME) as f:
    print(repr(f.read()))
with open(NAME) as f:
    print(repr(f.read(4)), repr(f.read(4)), repr(f.read(6)))
with open(NAME, newline="") as f:
    print(f.readlines())
with open(NAME, newline="\n") as f:
    print(f.readlines())
with open(NAME, newline="\r") as f:
    print(f.readlines())
with open(NAME, newline="\r\n") as f:
    print(f.readlines())
with open(NAME, "w", newline="\r\n") as f:
    f.write("x\ny\n")
with open(NAME, "rb") as f:
    print(f.read())
with open(NAME, "w", newline="") as f:
    f.write("x\r\ny\n")
with open(NAME, "rb") as f:
    print(f.read())
os.remove(NAME)
