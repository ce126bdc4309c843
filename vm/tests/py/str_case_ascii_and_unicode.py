# upper() and lower() convert ASCII text byte by byte and other text by
# characters (ß and the like change length); both must agree with CPython.
for s in ["", "abc", "ABC", "MiXeD 123 !?", "héllo", "ß", "İ", "ǅ", "\x00Az\x7f", "x" * 1000 + "Y"]:
    print(repr(s.upper()[:20]), repr(s.lower()[:20]), s.upper() == s.upper().upper(), len(s.lower()))
class S(str): pass
print(type(S("aB").upper()).__name__, S("aB").lower())
try:
    "a".upper(1)
except TypeError as e:
    print(e)
print(str.upper("qq"), str.lower("QQ"))
