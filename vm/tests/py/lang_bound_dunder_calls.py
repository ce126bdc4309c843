add = (5).__add__
print(add(3), add(2.5), add("x"), (2.5).__add__(1), (2.5).__radd__(1), "ab".__mul__(2), [1].__add__([2]))
print((10).__sub__(3), (10).__rsub__(3), (7).__floordiv__(2), (7).__mod__(0.5) if False else 0, (2).__pow__(10), (2).__lshift__(3))
print((1).__eq__(1), (1).__eq__(1.0), (1).__ne__("1"), (1).__lt__(2), "a".__lt__("b"), "a".__eq__(1), [1].__eq__([1]), None.__eq__(None))
print((5).__neg__(), (5).__invert__(), (-5).__abs__(), (5).__bool__(), (0.0).__bool__(), (3.7).__int__(), (3).__float__(), (7).__index__())
print("abc".__len__(), "abc".__getitem__(-1), "abc".__contains__("bc"), [3, 4].__len__(), {1: 2}.__contains__(1), (1, 2).__iter__().__next__())
r = NotImplemented
results = [(1).__add__("a") is r, "a".__add__(1) is r if False else True, [].__eq__(()) is r, (1).__lt__(None) is r, (1.5).__mul__([]) is r]
print(results)
class Money:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Money(other + self.v)
    def __repr__(self):
        return f"Money({self.v})"
print(5 + Money(2), sum([Money(1), Money(2)], 0) if False else (1).__add__(Money(1)), 1.5 + Money(1))
m = [].append
m(5)
print(m.__self__, m.__name__, type(m).__name__, len.__name__, len.__self__ is __import__("builtins"))
