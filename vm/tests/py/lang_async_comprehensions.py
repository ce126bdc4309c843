class AIter:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def agen(n):
    for i in range(n):
        yield i

async def double(x):
    return x * 2

async def main():
    a = [x async for x in AIter(4) if x % 2]
    b = {x: await double(x) async for x in agen(3)}
    c = {await double(x) for x in range(3)}
    d = [[y async for y in agen(x)] async for x in agen(3)]
    e = [x + y for x in range(2) async for y in agen(2)]
    g = (await double(x) for x in range(3))
    gl = [v async for v in g]
    return a, b, c, d, e, gl, type(g).__name__

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(run(main()))
for src in ["def f():\n    return [x async for x in y]", "def f():\n    return [await x for x in y]"]:
    try:
        compile(src, "s", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
def plain():
    return (x async for x in agen(2))
print(type(plain()).__name__)
