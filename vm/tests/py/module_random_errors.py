# random: argument errors, with CPython's messages.
import random


def t(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, repr(r))


random.seed(1)
t(random.randrange, 0)
t(random.randrange, -5)
t(random.randrange, 5, 5)
t(random.randrange, 5, 2)
t(random.randrange, 0, 10, 0)
t(random.randrange, 0, 10, -1)
t(random.randrange, 10, step=2)
t(random.randrange, "a")
t(random.randint, 5, 1)
t(random.choice, [])
t(random.choice, "")
t(random.sample, [1, 2], 3)
t(random.sample, [1, 2], -1)
t(random.sample, {1, 2}, 1)
t(random.getrandbits, -1)
t(random.getrandbits, 1.5)
t(random.getrandbits, 0)
t(random.random, 1)
t(random.seed, [1])
t(random.seed, {})
t(random.setstate, (2, (), None))
t(random.Random(1).setstate, (3, (1, 2), None))
