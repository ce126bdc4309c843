# str.replace returns the str itself when nothing changes (no match, old ==
# new, count 0), a new str otherwise; a subclass always gets a new exact str.
s = "hello world"
print(s.replace("x", "y") is s, s.replace("o", "0"), s.replace("o", "0", 1), s.replace("o", "", -1), s.replace("", "-")[:9])
print(s.replace("l", "L", 0) is s, s.replace("world", "wörld"), "héllo".replace("é", "e"), "aaa".replace("a", "aa"))
class S(str): pass
t = S("abc")
r = t.replace("x", "y")
print(type(r).__name__, r is t, r)
print("a.b.c".replace(".", " "), "..".replace(".", ". "), "abcabc".replace("bc", ""))
class I:
    def __index__(self):
        [[i] for i in range(50)]
        return 0
for k in range(5):
    s = "ab" + str(k)
    print(s.replace("a", "b", I()) is s, s.replace("zz", "y", I()), "".replace("", "", I()) == "")
print("ab".replace(S("a"), S("x")), S("ab").replace("a", "x"), "aXbX".replace("X", "yy"))
