import types
async def f(x):
    return x * 2

async def g():
    a = await f(3)
    b = await f(a)
    return a + b

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(g()))
c = f(1)
print(type(c).__name__, repr(c).startswith("<coroutine object f at"))
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)

class Awaitable:
    def __init__(self, v): self.v = v
    def __await__(self):
        x = yield ('suspend', self.v)
        return x + 1

async def h():
    r = await Awaitable(10)
    return r

co = h()
print(co.send(None))
try:
    co.send(41)
except StopIteration as e:
    print("returned", e.value)

async def bad():
    await 5
try:
    run(bad())
except TypeError as e:
    print(e)

class ACM:
    async def __aenter__(self):
        print("enter")
        return "val"
    async def __aexit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True

async def w():
    async with ACM() as v:
        print("body", v)
        raise ValueError("x")
    print("after")
    return "done"
print(run(w()))

class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def loop():
    out = []
    async for x in AIter(3):
        if x == 2: continue
        out.append(x)
    else:
        out.append("else")
    async for x in AIter(5):
        if x == 3: break
        out.append(x * 10)
    return out
print(run(loop()))

async def agen(n):
    for i in range(n):
        yield i
        await Awaitable(i)   # passes through

async def use_agen():
    out = []
    async for v in agen(3):
        out.append(v)
    return out

def drive(coro):
    sent = None
    while True:
        try:
            y = coro.send(sent)
        except StopIteration as e:
            return e.value
        sent = y[1]

print(drive(use_agen()))
ag = agen(2)
print(type(ag).__name__, type(ag.__anext__()).__name__)
print(f.__code__.co_flags & 0x80 != 0, f.__code__.co_flags & 0x20)
print(agen.__code__.co_flags & 0x200 != 0)

async def closer():
    try:
        yield 1
        yield 2
    finally:
        print("agen cleanup")

async def use_close():
    g = closer()
    v = await g.__anext__()
    await g.aclose()
    return v
print(drive(use_close()))

async def anext_default():
    g = agen(0)
    return await anext(g, "dflt")
print(drive(anext_default()))
print(type(aiter(AIter(1))).__name__)
try:
    aiter(5)
except TypeError as e:
    print(e)
for src in ["await x", "def f():\n    await x", "def f():\n    async for x in y: pass", "async def f():\n    yield 1\n    return 2", "async def f():\n    yield from x"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
