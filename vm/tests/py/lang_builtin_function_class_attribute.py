# A builtin function stored in a class does not bind to instances (it has no
# __get__), while builtin types' methods do; an already-bound builtin method
# stays bound to its own receiver.
import math


class Calc:
    isclose = math.isclose
    length = len
    absolute = abs
    joined = ", ".join
    append_to_log = [].append


c = Calc()
print(c.isclose(1.0, 1.0 + 1e-12))
print(c.length("abcd"), Calc.length([1, 2]))
print(c.absolute(-3))
print(c.joined(["a", "b"]))
c.append_to_log("x")
print(Calc.append_to_log.__self__)
try:
    c.length()
except TypeError as e:
    print(type(e).__name__, e)


class MyList(list):
    push = list.append


m = MyList()
m.push(5)
print(m, MyList.push is list.append)
print(type(Calc.__dict__["isclose"]).__name__, hasattr(math.isclose, "__get__"))
