# random: choices, sample with counts, triangular and the distributions
# give CPython's values for a seed.
import random


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


random.seed(12345)
print(random.choices(range(10), k=5))
print(random.choices("abc", weights=[1, 5, 1], k=6))
print(random.choices("xyz", cum_weights=[1, 2, 3], k=3))
print(random.choices([10, 20]), random.choices("ab", k=0))
print(random.sample(range(100), 5), random.sample(["a", "b"], counts=[3, 2], k=4))
print(random.sample("abcdef", k=3), random.sample(range(10**6), 3))
print([round(random.triangular(), 10) for _ in range(3)])
print(round(random.triangular(1, 10), 10), round(random.triangular(1, 10, 2), 10), random.triangular(5, 5))
print(round(random.normalvariate(0, 1), 10), round(random.normalvariate(), 10))
print(round(random.lognormvariate(0, 1), 10), round(random.expovariate(2), 10))
print(round(random.vonmisesvariate(1, 2), 10), round(random.vonmisesvariate(1, 0), 10))
print(round(random.gammavariate(2, 3), 10), round(random.gammavariate(0.5, 1), 10), round(random.gammavariate(1, 2), 10))
print(round(random.betavariate(2, 3), 10), round(random.paretovariate(2), 10), round(random.weibullvariate(1, 2), 10))
show(random.choices, [], k=2)
show(random.choices, "ab", weights=[1], k=1)
show(random.choices, "ab", weights=[1, 1], cum_weights=[1, 2])
show(random.choices, "ab", weights=[0, 0])
show(random.sample, [1, 2], 3)
show(random.sample, [1, 2], 1, counts=[1])
show(random.sample, [1, 2], 1, counts=[0, 0])
show(random.sample, {1, 2}, 1)
show(random.gammavariate, 0, 1)
r = random.Random(99)
print(r.choices("hello", k=4), r.sample(range(20), 4), round(r.triangular(0, 4, 1), 10))
print(type(r).__name__, random.Random.choices.__qualname__)
random.seed(7)
first = [random.choices(range(50), weights=range(50), k=3), random.random()]
random.seed(7)
print(first == [random.choices(range(50), weights=range(50), k=3), random.random()])
