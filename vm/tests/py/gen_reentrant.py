# A generator cannot be resumed while it is already running.


def self_resuming():
    yield "first"
    try:
        next(me)
    except ValueError as e:
        print(type(e).__name__, e)
    yield "second"


me = self_resuming()
print(next(me))
print(next(me))
print(next(me, "exhausted"))


def sender():
    received = yield
    while True:
        received = yield received * 2


g = sender()
next(g)
print(g.send(5), g.send(21), g.send(0))


def counter():
    n = 0
    while True:
        n += 1
        cmd = yield n
        if cmd == "reset":
            n = 0


c = counter()
print(next(c), next(c), next(c), c.send("reset"), next(c))
gens = [counter() for _ in range(3)]
print([next(g) for g in gens], [next(gens[0]) for _ in range(3)], next(gens[1]))
