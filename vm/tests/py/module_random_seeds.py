import random
for seed in [0, 1, 42, 2**70, -5, "text", b"bytes", 3.5]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.getrandbits(40))
random.seed(123)
a = [random.random() for _ in range(3)]
random.seed(123)
b = [random.random() for _ in range(3)]
print(a == b)
r1, r2 = random.Random(99), random.Random(99)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)], r1.random() == r2.random())
random.seed(7)
l = list(range(10))
random.shuffle(l)
print(l, random.choice("abcdef"), random.sample(range(100), 5), random.choices([1, 2, 3], k=4), random.uniform(1, 2))
state = random.getstate()
x = random.random()
random.setstate(state)
print(x == random.random(), random.getrandbits(1) in (0, 1), random.getrandbits(0) if sys_ok else 0) if (sys_ok := True) else None
r = random.Random(2024)
print(r.random(), r.randint(5, 5), r.choice([9]), r.randrange(10), r.randbytes(4) if hasattr(r, "randbytes") else b"")
for call in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.choice([]), lambda: random.sample([1], 2),
             lambda: random.randrange(1, 2, 0), lambda: random.getrandbits(-1), lambda: random.seed([1])]:
    try:
        print(call())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
