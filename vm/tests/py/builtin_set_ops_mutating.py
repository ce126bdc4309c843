# Set operations whose elements' __eq__ and __hash__ misbehave (random
# answers, clearing the sets mid-operation) must not crash; CPython's
# bpo-46615 regression test, with a fixed seed.
from random import randrange, seed

class SetSubclass(set):
    pass

def make(c1, c2):
    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if randrange(20) == 0:
                set1.clear()
            if randrange(20) == 0:
                set2.clear()
            return bool(randrange(2))
        def __hash__(self):
            return randrange(2)
    enabled = False
    set1 = c1(Bad() for _ in range(randrange(50)))
    set2 = c2(Bad() for _ in range(randrange(50)))
    enabled = True
    return set1, set2

def iand(a, b): a &= b
def ior(a, b): a |= b
def isub(a, b): a -= b
def ixor(a, b): a ^= b

ops = [iand, ior, isub, ixor,
       lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a - b, lambda a, b: a ^ b,
       lambda a, b: a == b, lambda a, b: a <= b, lambda a, b: a >= b,
       set.issubset, set.issuperset, set.isdisjoint, set.intersection, set.union,
       set.difference, set.symmetric_difference, set.update, set.intersection_update,
       set.difference_update, set.symmetric_difference_update]
seed(7)
for c1, c2 in [(set, set), (SetSubclass, SetSubclass), (set, SetSubclass), (SetSubclass, set)]:
    for op in ops:
        for _ in range(6):
            a, b = make(c1, c2)
            try:
                op(a, b)
            except RuntimeError as e:
                assert "changed size during iteration" in str(e), e
print("no crash")
