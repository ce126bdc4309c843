def accumulator():
    total = 0
    while True:
        value = yield total
        print("received", value)
        if value is None:
            break
        total += value
    return total


g = accumulator()
print(g.send(None))  # prime
print(g.send(10))
print(g.send(5))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

g = accumulator()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)


def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print("echo saw", received)


e = echo()
next(e)
print(e.send("a"), e.send("b"), next(e))
e.close()


def averager():
    total, count = 0, 0
    avg = None
    while True:
        term = yield avg
        total += term
        count += 1
        avg = total / count


a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])


# send through yield from
def sub():
    got = yield "sub ready"
    print("sub got", got)
    got2 = yield "sub second"
    return got2 * 2


def delegator():
    r = yield from sub()
    print("delegator got", r)
    yield "delegator done"


d = delegator()
print(next(d))
print(d.send("hello"))
print(d.send(21))
