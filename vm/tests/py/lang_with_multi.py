# with statement with several items: enter in order, exit in reverse


class CM:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return False


log = []
with CM("a", log) as a, CM("b", log) as b, CM("c", log):
    log.append("body " + a + b)
print(log)

log = []
try:
    with CM("x", log) as x, CM("y", log) as y:
        log.append("body")
        raise ValueError("boom")
except ValueError as e:
    log.append("caught " + str(e))
print(log)

# __enter__ of second item fails: first one still exits


class Bad:
    def __enter__(self):
        log.append("bad enter")
        raise RuntimeError("enter failed")

    def __exit__(self, *a):
        log.append("bad exit (never)")


log = []
try:
    with CM("first", log), Bad():
        log.append("body (never)")
except RuntimeError as e:
    log.append("caught " + str(e))
print(log)

# with without as, return inside with


def f():
    with CM("r", log):
        return "returned"


log = []
print(f(), log)

# targets can be tuples / attributes / subscripts


class Pair:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *a):
        return None


class Holder:
    pass


h = Holder()
d = {}
with Pair() as (p, q):
    print(p, q)
with Pair() as h.attr:
    print(h.attr)
with Pair() as d["k"]:
    print(d)
