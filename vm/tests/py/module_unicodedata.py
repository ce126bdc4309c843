import unicodedata as u
chars = "aA1 é\u0301\u00bd\u2167\u00b2٣€(\n\u2028\ue000\U0001f600\u0378"
print([u.category(c) for c in chars])
print([u.bidirectional(c) for c in "aא1 ,\u0301("])
print([u.combining(c) for c in "a\u0301\u0327"], [u.mirrored(c) for c in "(a<«"])
print(u.decimal("٣"), u.digit("²"), u.numeric("½"), u.numeric("Ⅷ"), u.decimal("a", None))
for f, arg in [(u.decimal, "x"), (u.digit, "x"), (u.numeric, "x"), (u.category, "ab"), (u.category, 5)]:
    try:
        f(arg)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
s = "e\u0301 ﬁ Å"
print([u.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")], u.is_normalized("NFC", "é"))
try:
    u.normalize("X", "a")
except ValueError as e:
    print(e)
