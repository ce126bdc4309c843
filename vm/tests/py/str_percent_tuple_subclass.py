# %-formatting takes a tuple subclass's items as the arguments, as a tuple's.
class T(tuple):
    pass
from collections import namedtuple
P = namedtuple("P", "x y")
print("%s-%s" % T((1, 2)), "%r and %r" % P(3, 4), "%d" % T((5,)))
try:
    print("%s" % T((1, 2)))
except TypeError as e:
    print("TypeError:", e)
print("%s" % (T((1, 2)),), "%(a)s" % {"a": T((7,))})
