import itertools as it
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], lambda a, b: a * b)), list(it.accumulate([1, 2], initial=10)), list(it.accumulate([])))
print([(k, list(g)) for k, g in it.groupby("aaabccdd")], [(k, len(list(g))) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
print(list(it.islice("abcdefg", 2)), list(it.islice("abcdefg", 2, 5)), list(it.islice("abcdefg", 0, None, 3)), list(it.islice(it.count(), 3, 8, 2)))
print(list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print(list(it.zip_longest("abc", [1])), list(it.zip_longest("a", "xyz", fillvalue="-")), list(it.pairwise("abcd")), list(it.pairwise("a")))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.repeat("x", 3)), list(it.repeat(1, 0)), list(zip(it.count(5, 2), "abc")), list(it.islice(it.cycle("ab"), 5)))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), [list(t) for t in it.tee("xy", 3)], list(it.count(1.5, 0.5))[:0] if False else next(it.count(1.5, 0.5)))
for call in [lambda: list(it.islice("abc", -1)), lambda: it.islice("abc", 1, 2, 0), lambda: it.chain(5).__next__(),
             lambda: it.accumulate(5), lambda: list(it.zip_longest(5)), lambda: it.tee([], -1),
             lambda: list(it.starmap(pow, [1])), lambda: it.count("a")]:
    try:
        print(call())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
