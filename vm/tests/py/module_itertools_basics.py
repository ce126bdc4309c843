import itertools
from itertools import (accumulate, chain, compress, count, cycle, dropwhile, filterfalse,
                       groupby, islice, pairwise, repeat, starmap, takewhile, tee,
                       zip_longest)

# infinite iterators
c = count()
print(next(c), next(c), c)
print(list(islice(count(10, 5), 4)), list(islice(count(1.5, 0.5), 3)))
print(repr(count(3)), repr(count(2, 1.0)), repr(count(-1, -2)))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
print(list(repeat(7, 3)), list(repeat("x", -1)), repr(repeat("a")), repr(repeat(1, 2)))
r = repeat(0, 4)
next(r)
print(r, r.__length_hint__(), list(zip(range(3), repeat("z"))))

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=9)))
print(list(accumulate([1, 2], initial=100)), list(accumulate("abc")))

# chain
print(list(chain("ab", [1], (), range(2))), list(chain()))
print(list(chain.from_iterable(["ab", "cd"])), list(chain.from_iterable([])))
lazy = chain.from_iterable(iter([[1], [2, 3]]))
print(next(lazy), list(lazy))

# selection
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(compress("abc", [1])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(lambda x: x % 2, range(8))), list(filterfalse(None, [0, 1, "", "a", None])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(lambda a, b: a + b, ["ab", "cd"])))
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))

# islice
data = list(range(10))
print(list(islice(data, 3)), list(islice(data, 2, 5)), list(islice(data, 1, None, 3)))
print(list(islice(data, None)), list(islice(data, 0, 9, 4)), list(islice(data, 5, 2)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 6, 2)), next(it))
it = iter(range(10))
print(list(islice(it, 5, 2)), next(it))
print(list(islice(count(), 2, 8, 3)))

# groupby
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(groupby("aabb"))
print([(k, list(g)) for k, g in groups])
g = groupby("xxyz")
k1, g1 = next(g)
print(k1, next(g1))
k2, g2 = next(g)
print(k2, list(g1), list(g2))
print(list(groupby([])), [k for k, _ in groupby("mississippi")])

# tee
a, b = tee([1, 2, 3])
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee(iter("ab"), 3)
print(list(x), list(y), list(z), tee([1], 0))
p, q = tee(count())
print([next(p) for _ in range(3)], next(q))
inner1, inner2 = tee(p)
print(next(inner1), next(inner1), next(inner2), next(p))

# zip_longest
print(list(zip_longest("abc", [1])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(zip_longest()), list(zip_longest([1, 2])), list(zip_longest([], [])))

for action in [lambda: islice([], -1), lambda: islice([], "a"), lambda: islice([], 1, 2, 0),
               lambda: islice([], -1, 2), lambda: islice([], 0, 2, -1), lambda: count("a"),
               lambda: repeat(1, "a"), lambda: tee([], -1), lambda: accumulate(5),
               lambda: dropwhile(None, 3), lambda: next(chain([1], 5, [2])),
               lambda: list(chain([1], 5)), lambda: repeat(1).__length_hint__()]:
    try:
        print(action())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
