s = {frozenset([1]), 2}
s.discard({1}); print(s)
s = {frozenset([1]), 2}
s.remove({1}); print(s)
print({1} in {frozenset([1])})
try:
    set().remove({5})
except KeyError as e:
    print("KeyError", e)
