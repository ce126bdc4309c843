# sorted() of plain keys (small ints, strs, tuples of them) against CPython's order:
# ties, reverse, non-ASCII text, tuples of different lengths.
import random
r = random.Random(5)
words = ["".join(r.choice("abcé日") for _ in range(r.randint(0, 4))) for _ in range(3000)]
pairs = [(r.randint(-3, 3), w) for w in words]
print(sorted(pairs)[:20], sorted(pairs, reverse=True)[:5])
print(sorted(words)[:20], sorted(words, reverse=True)[:5])
print(sorted(pairs, key=lambda kv: (-kv[0], kv[1]))[:10])
print(sorted([(1,), (1, "a"), (0, "b", 3), (0, "b")]), sorted([(), (1,), ()]))
d = {w: i for i, w in enumerate(words)}
print(sorted(d.items(), key=lambda kv: (-kv[1] % 7, kv[0]))[:8])
print(sorted([3, -1, 2**40, 0]), sorted(["b", "a", "é", ""]))
