import random
random.seed(5)
words = ["".join(random.choice("abcxyzé中") for _ in range(random.randint(0, 4))) for _ in range(300)]
nums = [random.randint(-50, 50) for _ in range(300)]
pairs = list(zip(nums, words))
print(sorted(words)[:20], sorted(words, reverse=True)[:10])
print(sorted(pairs)[:10], sorted(pairs, key=lambda p: (p[1], -p[0]))[:10])
print(sorted(pairs, key=lambda p: (p[0],), reverse=True)[:10])
mixed_len = [(1, "a"), (1,), (0, "b", 3), (1, "a", 0), ()]
print(sorted(mixed_len))
print(sorted([(1, 2.5), (1, 2)]), sorted([(1, "a"), (1, 2)], key=lambda t: t[0]))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
print(sorted([True, 2, 1]), sorted(["b", "a", "B"]), sorted([(2**70, "x"), (1, "y")]))
recs = [(i % 7, "n%d" % (i % 5), i) for i in range(40)]
print([r[2] for r in sorted(recs, key=lambda r: (r[0], r[1]))])
print([r[2] for r in sorted(recs, key=lambda r: (r[0], r[1]), reverse=True)])
l = list(words); l.sort(key=len); print(l[:15])
