def numbers(limit):
    for n in range(limit):
        print("  produce", n)
        yield n


def evens(src):
    for n in src:
        if n % 2 == 0:
            yield n


def squared(src):
    for n in src:
        yield n * n


def take(n, src):
    for i, v in enumerate(src):
        if i >= n:
            return
        yield v


pipeline = take(3, squared(evens(numbers(100))))
print("pipeline built")
for v in pipeline:
    print("result", v)


def running_max(src):
    best = None
    for v in src:
        if best is None or v > best:
            best = v
        yield best


print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))


def chunks(seq, size):
    chunk = []
    for item in seq:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(range(10), 4)))


def interleave(*iters):
    its = [iter(i) for i in iters]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)


print(list(interleave("abc", [1, 2], "XYZW")))
gen = (c.upper() for c in "stream")
print(next(gen), "".join(gen))
