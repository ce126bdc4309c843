# The gc module's interface: what a program can rely on whatever the
# collector (enable/disable, collect's argument and result, thresholds,
# counts and stats in CPython's shapes, errors).
import gc

print("enabled", gc.isenabled())
gc.disable()
print("after disable", gc.isenabled())
gc.disable()
print("disable twice", gc.isenabled())
gc.enable()
print("after enable", gc.isenabled())
print("enable returns", gc.enable(), "disable returns", gc.disable())
gc.enable()

n = gc.collect()
print("collect", type(n).__name__, n >= 0)
for generation in (0, 1, 2):
    print("collect", generation, gc.collect(generation) >= 0)
print("by keyword", gc.collect(generation=0) >= 0)
print("bool generation", gc.collect(True) >= 0)

class Node:
    pass

for i in range(200):
    a = Node()
    b = Node()
    a.other = b
    b.other = a
del a, b
print("cycles collected", gc.collect() >= 0)

class Finalized:
    def __del__(self):
        print("finalized", self.name)

f = Finalized()
f.name = "a cycle"
f.me = f
del f
print("finalizers ran before collect returned", gc.collect() >= 0)

def attempt(label, f, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("collect(3)", gc.collect, 3)
attempt("collect(-1)", gc.collect, -1)
attempt("collect('x')", gc.collect, "x")
attempt("collect(2.0)", gc.collect, 2.0)
attempt("collect(1, 2)", gc.collect, 1, 2)
attempt("collect(gen=1)", gc.collect, gen=1)
attempt("collect(None)", gc.collect, None)

t = gc.get_threshold()
print("threshold", type(t).__name__, len(t), all(type(x) is int for x in t))
gc.set_threshold(*t)
print("round trip", gc.get_threshold() == t)
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(800)
print(gc.get_threshold())
gc.set_threshold(900, 7)
print(gc.get_threshold())
gc.set_threshold(0)
print(gc.get_threshold(), gc.isenabled())
print("set returns", gc.set_threshold(*t))
print("restored", gc.get_threshold() == t)

attempt("set_threshold()", gc.set_threshold)
attempt("set_threshold(1, 2, 3, 4)", gc.set_threshold, 1, 2, 3, 4)
attempt("set_threshold('a')", gc.set_threshold, "a")
attempt("set_threshold(1.5)", gc.set_threshold, 1.5)
attempt("set_threshold(2**31)", gc.set_threshold, 2**31)
attempt("set_threshold(-2**31 - 1)", gc.set_threshold, -2**31 - 1)
attempt("set_threshold(x=1)", gc.set_threshold, x=1)
print("unchanged", gc.get_threshold() == t)

c = gc.get_count()
print("count", type(c).__name__, len(c), all(type(x) is int and x >= 0 for x in c))

stats = gc.get_stats()
print("stats", type(stats).__name__, len(stats))
for entry in stats:
    print(sorted(entry), all(type(v) is int and v >= 0 for v in entry.values()))
print("uncollectable", [entry["uncollectable"] for entry in stats])
before = gc.get_stats()[2]["collections"]
gc.collect()
print("full collections counted", gc.get_stats()[2]["collections"] - before)

print("callbacks", type(gc.callbacks).__name__, gc.callbacks)
print("garbage", gc.garbage)

for name in ["enable", "disable", "isenabled", "get_count", "get_threshold", "get_stats"]:
    attempt(name + "(1)", getattr(gc, name), 1)
