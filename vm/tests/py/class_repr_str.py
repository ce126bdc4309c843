class Both:
    def __repr__(self):
        return "Both()"

    def __str__(self):
        return "both as str"


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<%d>" % 7


class OnlyStr:
    def __str__(self):
        return "only str"


b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, repr(b), str(b), "%s %r" % (b, b), f"{b} {b!r}")
print(r, str(r), repr(r))  # str falls back to repr
print(s, str(s), repr(s).startswith("<__main__.OnlyStr object at 0x"))
print([b, r], (b,), {"k": b})  # containers use repr
print(str([s]).startswith("[<__main__.OnlyStr object"))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)


class BadStr:
    def __str__(self):
        return None


try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)


class Node:
    def __init__(self, v, children=()):
        self.v, self.children = v, list(children)

    def __repr__(self):
        return "Node(%r, %r)" % (self.v, self.children)


print(Node(1, [Node(2), Node("x", [Node(3.5)])]))
lst = [1]
lst.append(lst)
print(lst)
d = {"a": 1}
d["self"] = d
print(d)
print(repr(Both), str(int), repr(None), str(None), repr(...), repr(NotImplemented))
print(repr(print), repr(len))
