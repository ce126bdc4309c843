# random: the Mersenne Twister gives CPython's sequences for the same seed,
# through every method that draws from it.
import random

SEEDS = [0, 1, 42, 2**40, -5, 3**200, 12345678901234567890, "hello", "", b"bytes",
         bytearray(b"xy"), 1.5, -2.25]

for seed in SEEDS:
    random.seed(seed)
    print("seed", repr(seed)[:40])
    print([random.random() for _ in range(8)])
    print([random.getrandbits(k) for k in [1, 2, 7, 31, 32, 33, 63, 64, 65, 100]])
    print([random.randint(1, 6) for _ in range(30)])
    print([random.randrange(10) for _ in range(20)], random.randrange(10**30))
    print([random.randrange(3, 100, 7) for _ in range(10)], [random.randrange(100, 0, -3) for _ in range(10)])
    print([random.randrange(-50, 50) for _ in range(10)], random.randrange(-10**20, 10**25, 3))
    print([random.choice("abcdefghij") for _ in range(20)], random.choice([[1], (2,), None]))
    items = list(range(30))
    random.shuffle(items)
    print(items)
    print(random.sample(range(100), 10), random.sample(range(10**7), 6), random.sample("abcdefg", 7))
    print(random.sample([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3), random.sample(tuple(range(50)), 49)[:10])
    print(random.sample(range(1000), 30))
    print([random.gauss() for _ in range(5)], random.gauss(10, 2), random.gauss(mu=1.0, sigma=0.5))
    print([random.uniform(1, 3) for _ in range(3)], random.uniform(-1.5, 1.5), random.uniform(5, 5))
    print(random.randbytes(9), random.randbytes(0))
    print([random.getrandbits(k).bit_length() <= k for k in range(0, 130, 13)])

r1 = random.Random(7)
r2 = random.Random(7)
print(r1.random() == r2.random(), r1.random(), type(r1).__name__, r1.randint(0, 1000))
r3 = random.Random()
r3.seed(99)
random.seed(99)
print(r3.random() == random.random(), r3.getrandbits(40) == random.getrandbits(40))
state = r1.getstate()
print(state[0], len(state[1]), state[1][-1], state[2])
after = [r1.random() for _ in range(700)]
r1.setstate(state)
print(after == [r1.random() for _ in range(700)])
r1.gauss()
state = r1.getstate()
g = r1.gauss()
r1.setstate(state)
print(g == r1.gauss(), r1.gauss_next is None)
random.seed(5)
a = [random.random() for _ in range(3)]
random.seed(5, version=1)
print(a == [random.random() for _ in range(3)])
random.seed("abc", version=1)
print(random.random())
random.seed(b"abc", version=1)
print(random.random())
random.seed()
x = random.random()
print(0.0 <= x < 1.0, type(x).__name__)


class Mine(random.Random):
    def extra(self):
        return self.randint(1, 10)


m = Mine(3)
print(m.extra(), m.random(), isinstance(m, random.Random))
r = random.Random(11)
seq = list(range(40))
r.shuffle(seq)
print(seq)
