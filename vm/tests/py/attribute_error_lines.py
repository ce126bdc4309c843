# An attribute access that spans lines is reported on the line of its name
# (load, method call, store, deletion, augmented assignment), as CPython does.
import sys
class P:
    def meth(self, a):
        raise ValueError(a)
def lines(f, *a):
    try:
        f(*a)
    except Exception as e:
        tb = e.__traceback__.tb_next
        return tb.tb_lineno - f.__code__.co_firstlineno
def m1(p):
    return (p
            .meth(
                1))
def m2(p):
    return (p
            .nosuch)
def m3(p):
    p.a = 1
    (p
     .b) = 1 / 0
def m4(p):
    del (p
         .nosuch)
def m5(p):
    (p
     .x) += 1
print(lines(m1, P()), lines(m2, P()), lines(m3, P()), lines(m4, P()), lines(m5, P()))
