s = {1, 2}
for call in [lambda: s[0], lambda: s.remove([1]), lambda: {1} + {2}, lambda: {1} * 2, lambda: s.update(1), lambda: set([1], [2]),
             lambda: s.pop(1), lambda: s.discard({}), lambda: [] in s, lambda: s.intersection_update(None), lambda: s.add()]:
    try:
        print(call())
    except (TypeError, KeyError) as e:
        print(type(e).__name__, e)
try:
    set().remove(frozenset([1]))
except KeyError as e:
    print(type(e).__name__, e, e.args)
print(frozenset([1]) in {frozenset([1])}, {1} in [{1}], set([1]) == {True})
it = iter(s)
s.add(99)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
