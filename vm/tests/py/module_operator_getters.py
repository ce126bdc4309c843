import operator as op
get1 = op.itemgetter(1)
get02 = op.itemgetter(0, 2)
print(get1("abc"), get02("abc"), op.itemgetter("k")({"k": 5}), op.itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self):
        self.x = 1
        self.inner = self
    def hello(self, name, punct="!"):
        return "hi " + name + punct
print(op.attrgetter("x")(P()), op.attrgetter("x", "inner.x")(P()), op.methodcaller("hello", "bob")(P()), op.methodcaller("hello", "al", punct="?")(P()))
print(sorted([(1, "b"), (0, "z"), (1, "a")], key=op.itemgetter(0)), list(map(op.itemgetter(-1), ["ab", "cd"])))
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10), op.neg(5), op.pos(-1))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(0), op.lshift(1, 4), op.rshift(16, 2), op.not_(0), op.truth([]), op.abs(-2))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.is_(None, None), op.is_not(1, None), op.contains([1], 1))
print(op.concat([1], [2]), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.getitem([5, 6], 1), op.index(7), op.length_hint([1, 2]))
l = [1, 2, 3]
op.setitem(l, 0, 9)
op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.iconcat([1], [3]), op.imul([0], 2), op.matmul.__name__)
for call in [lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(P()), lambda: op.index(1.5), lambda: op.concat(1, 2),
             lambda: op.attrgetter(1), lambda: op.methodcaller()]:
    try:
        print(call())
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
