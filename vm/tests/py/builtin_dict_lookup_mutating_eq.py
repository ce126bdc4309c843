# A stored key whose __eq__ empties the dict it is looked up in, then
# answers True: the lookup starts again on the dict as it now is, as
# CPython's does, and finds nothing.
class Clearing:
    def __init__(self):
        self.target = None

    def __hash__(self):
        return 7

    def __eq__(self, other):
        if self.target is not None:
            self.target.clear()
        return True


class Probe:
    def __hash__(self):
        return 7


def clearing_dict():
    key = Clearing()
    d = {key: "stored"}
    key.target = d
    return d


d = clearing_dict()
try:
    print(d[Probe()])
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
print(len(d))
d = clearing_dict()
print(d.get(Probe(), "default"), len(d))
d = clearing_dict()
print(Probe() in d, len(d))
d = clearing_dict()
print(set([Probe()]).difference(d) != set(), len(d))
d = clearing_dict()
d[Probe()] = "new"
print(len(d), list(d.values()))
