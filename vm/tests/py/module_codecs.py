import codecs
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be", "unicode_escape", "raw_unicode_escape", "UTF_8"]:
    data = "héllo €𝄞\n".encode(enc)
    print(enc, data, data.decode(enc) == "héllo €𝄞\n", codecs.lookup(enc).name)
print(codecs.encode("abc", "utf-16-le"), codecs.decode(b"a\x00", "utf-16-le"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_16_le_decode(b"a\x00b", "strict", False))
print(b"\xff\xfe\x00\xd8".decode("utf-16", "replace"), b"a\x00\x00".decode("utf-16-le", "ignore"))
try:
    b"\x00\xd8".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(e)
def search(name):
    if name == "rot_x":
        return codecs.CodecInfo(lambda s, errors="strict": (s[::-1].encode(), len(s)), lambda b, errors="strict": (bytes(b)[::-1].decode(), len(b)), name="rot-x")
codecs.register(search)
print("abc".encode("rot-x"), b"cba".decode("rot-x"), codecs.lookup("rot-x").name)
codecs.unregister(search)
dec = codecs.getincrementaldecoder("utf-16")()
print(repr(dec.decode(b"\xff")), repr(dec.decode(b"\xfeh")), repr(dec.decode(b"\x00", True)))
print(list(codecs.iterdecode([b"\xc3", b"\xa9x"], "utf-8")))
print(b"\\u00e9\\n\\x41\\101".decode("unicode_escape"), "é\t\\".encode("unicode_escape"))
for t in ["h€€x", "h€x"]:
    try:
        t.encode("latin1")
    except UnicodeEncodeError as e:
        print(e)
