class K:
    def __init__(self, v): self.v = v
    def __eq__(self, other):
        junk = [[i] for i in range(50)]
        return self.v == other
lst = [K(i) for i in range(30)]
tup = tuple(K(i) for i in range(30))
print(25 in lst, 99 in lst, 25 in tup, 99 in tup)
print(sum(1 for i in range(40) if i in [K(j) for j in range(30)]))
nan = float('nan')
print(nan in [nan], nan in (nan,), nan in [float('nan')], [nan] == [nan])
class Bad:
    def __eq__(self, o): raise ValueError("eq")
try:
    print(1 in [Bad()])
except ValueError as e:
    print("ValueError", e)
lst = [1, 2]
class Grow:
    def __eq__(self, o):
        if len(lst) < 6: lst.append(len(lst))
        return False
print(Grow() in lst, lst)
