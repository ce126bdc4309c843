import operator as op

print(op.add(1, 2), op.sub(5, 3), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2))
print(op.inv(5), op.invert(0), op.not_(0), op.truth([]), op.truth([1]))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.concat("a", "b"), op.contains([1, 2], 2))
print(op.countOf([1, 2, 1, 1], 1), op.indexOf("abc", "c"))
print(op.getitem([1, 2, 3], 1), op.getitem("hello", slice(1, 3)))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst)
print(op.index(7), op.length_hint([1, 2]), op.length_hint((x for x in ()), 5))
print(op.call(max, 3, 9, 4), op.__add__(1, 1), op.__getitem__("ab", 0))

a = [1]
b = op.iadd(a, [2])
print(a, b is a)
print(op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2), op.iconcat([1], (2,)))
print(op.ior(1, 2), op.iand(3, 1), op.ixor(3, 1), op.ipow(2, 3), op.imod(7, 4))
print(op.ilshift(1, 3), op.irshift(8, 1), op.itruediv(1, 4), op.ifloordiv(9, 2))

for f, args in [(op.concat, (1, 2)), (op.indexOf, ([1], 5)), (op.index, ("x",)),
                (op.add, (1, "a")), (op.truediv, (1, 0)), (op.length_hint, ([], "x"))]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)

# itemgetter, attrgetter, methodcaller
g = op.itemgetter(1)
print(g("abc"), g([4, 5]), repr(g))
g2 = op.itemgetter(0, -1)
print(g2("xyz"), repr(g2), op.itemgetter("k")({"k": 3}))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=op.itemgetter(0)))


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct


n = Node("outer", Node("inner"))
print(op.attrgetter("name")(n), op.attrgetter("child.name")(n))
print(op.attrgetter("name", "child.name")(n), repr(op.attrgetter("a", "b.c")))
m = op.methodcaller("greet", "hi", punct="?")
print(m(n), repr(m))
print(op.methodcaller("split")("a b c"), repr(op.methodcaller("x")))

for make in [lambda: op.itemgetter(), lambda: op.attrgetter(), lambda: op.attrgetter(1),
             lambda: op.methodcaller(), lambda: op.methodcaller(5),
             lambda: op.attrgetter("nope")(n), lambda: op.itemgetter(9)([1])]:
    try:
        make()
    except Exception as e:
        print(type(e).__name__, e)
