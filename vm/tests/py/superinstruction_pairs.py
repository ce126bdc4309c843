# Pairs the compiler fuses into one instruction (two local loads, a store
# then a load, a load then a constant) must behave as the two instructions:
# an unbound second local raises at its own line, inside its own try block.
import sys


def second_unbound():
    a = 1
    try:
        return (a,
                b)
    except UnboundLocalError as e:
        print("second:", e, sys.exc_info()[2].tb_next is None)
    b = 2


def first_unbound():
    try:
        return c + d
    except UnboundLocalError as e:
        print("first:", e)
    c = d = 0


def line_of_failure():
    x = 1
    try:
        y = (x,
             z)
    except UnboundLocalError as e:
        print("line:", e.__traceback__.tb_lineno - line_of_failure.__code__.co_firstlineno)
    z = 3


def store_then_load(n):
    total = 0
    for i in range(n):
        last = i
        total += last * 2
    return total, last


def load_then_const(values):
    out = []
    for v in values:
        out.append(v + 1)
        out.append(v * 10)
    return out


def jump_onto_second_half(flag):
    # The conditional expression's branches meet at the second load of a pair.
    a, b = 3, 4
    r = (a if flag else b) + b
    return r


def deleted_between(n):
    p = q = n
    del q
    try:
        return p + q
    except UnboundLocalError as e:
        return str(e)


second_unbound()
first_unbound()
line_of_failure()
print(store_then_load(5))
print(load_then_const([1, 2, 3]))
print(jump_onto_second_half(True), jump_onto_second_half(False))
print(deleted_between(7))


def loops():
    # FOR_ITER fused with the STORE_FAST of the loop variable, over every
    # kind of iterator: the fast ones (range, list, str), a generator run
    # inline (which hands its item to the plain STORE_FAST), and others.
    def gen(n):
        for i in range(n):
            yield i * i
    out = []
    for i in range(3):
        out.append(i)
    for c in "ab":
        out.append(c)
    for v in gen(4):
        out.append(v)
    for k in {"x": 1}:
        out.append(k)
    for e in enumerate("z"):
        out.append(e)
    try:
        for v in gen(2):
            out.append(v)
            raise KeyError(v)
    except KeyError as e:
        out.append(("caught", e.args))
    return out


print(loops())
