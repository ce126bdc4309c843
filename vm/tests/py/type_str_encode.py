s = "héllo €"
b = s.encode()
print(b, len(s), len(b), type(b).__name__)
print(b.decode(), b.decode("utf-8") == s)
print(s.encode("ascii", "replace"), s.encode("ascii", "ignore"), s.encode("ascii", "backslashreplace"))
print(s.encode("latin-1", "replace"), "abc".encode("ascii"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("😀".encode("utf-8"), len("😀".encode()), "😀".encode().decode())
print(str(b"abc", "ascii"), str(b"abc"))
