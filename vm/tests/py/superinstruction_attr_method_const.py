# The pairs `LOAD_FAST` then `LOAD_ATTR`, `LOAD_FAST` then `LOAD_METHOD`
# and `LOAD_CONST` then `BINARY_OP` run as one instruction; each must behave
# as the two it covers: errors belong to the second one's line, a jump may
# land between them, and the loop back edge that runs FOR_ITER without a
# dispatch keeps every kind of iterator and error working.
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def attrs(points):
    total = 0
    for p in points:
        total += p.x * 10 + p.y
    return total


def missing_attr(p):
    try:
        return (p
                .z)
    except AttributeError as e:
        return "line %d: %s" % (e.__traceback__.tb_lineno - missing_attr.__code__.co_firstlineno, e)


def unbound_receiver():
    try:
        return q.x
    except UnboundLocalError as e:
        print("unbound:", e)
    q = Point(0, 0)


def methods(words):
    out = []
    counts = {}
    for w in words:
        out.append(w.upper())
        counts[w] = counts.get(w, 0) + 1
    return out, counts


def missing_method(s):
    try:
        return s.nosuch(1)
    except AttributeError as e:
        return str(e)


def const_ops(n):
    acc = []
    for i in range(n):
        acc.append((i * 3, i + 1.5, i - 2, i // 2, i % 3, i << 2, i ** 2, i & 6, -i | 1, i ^ 5, i / 4))
    return acc


def const_errors():
    results = []
    for v in (1, "a", None, [1], 2.5):
        try:
            results.append(v + 1)
        except TypeError as e:
            results.append(str(e))
        try:
            results.append(v * 2)
        except TypeError as e:
            results.append(str(e))
    try:
        1 // 0
    except ZeroDivisionError as e:
        results.append(str(e))
    x = 7
    try:
        x % 0
    except ZeroDivisionError as e:
        results.append(str(e))
    return results


def big_const(n):
    s = (n * 1103515245 + 12345) & 0x7FFFFFFF
    return s, n * 10 ** 30, n - 2 ** 70


class Add:
    def __add__(self, other):
        return ("add", other)

    def __radd__(self, other):
        return ("radd", other)


def dunder_with_const():
    a = Add()
    return a + 1, 1 + a, a + "s"


def jump_onto_attr(flag):
    p = Point(1, 2)
    q = Point(3, 4)
    return (p if flag else q).x


def loop_kinds():
    def gen(n):
        for i in range(n):
            yield i * i
    total = []
    for a in [1, 2]:
        for b in (3, 4):
            for c in "xy":
                for d in gen(2):
                    for e in {5: 0}:
                        for f in iter([6]):
                            total.append((a, b, c, d, e, f))
    return len(total), total[-1]


def loop_with_break_else(xs):
    for x in xs:
        if x > 2:
            break
    else:
        return "no break"
    return "broke at %d" % x


def loop_raising_iterator():
    class Bad:
        def __init__(self):
            self.n = 0

        def __iter__(self):
            return self

        def __next__(self):
            self.n += 1
            if self.n == 3:
                raise ValueError("third")
            return self.n
    seen = []
    try:
        for v in Bad():
            seen.append(v)
    except ValueError as e:
        seen.append(str(e))
    return seen


def while_loop(n):
    # A while loop's back edge lands on a test, not a FOR_ITER.
    i = 0
    while i < n:
        i += 1
    return i


p = Point(3, -4)
print(attrs([Point(1, 2), Point(3, 4)]))
print(missing_attr(p))
unbound_receiver()
print(p.norm1())
print(methods(["a", "b", "a"]))
print(missing_method("text"))
print(const_ops(4))
print(const_errors())
print(big_const(123456789))
print(dunder_with_const())
print(jump_onto_attr(True), jump_onto_attr(False))
print(loop_kinds())
print(loop_with_break_else([1, 2, 3, 4]), loop_with_break_else([1]))
print(loop_raising_iterator())
print(while_loop(10))
