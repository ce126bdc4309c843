# bisect and heapq: positions, lo/hi/key, insort, heap invariants, merge,
# nlargest/nsmallest and their errors.
import bisect
import heapq

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 2, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4, hi=6))
records = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print(bisect.bisect_left(records, 3, key=lambda r: r[1]), bisect.bisect_right(records, 3, key=lambda r: r[1]))
b = []
for x in (5, 1, 4, 1, 5, 9, 2, 6):
    bisect.insort(b, x)
print(b)
bisect.insort_left(records, ("e", 3), key=lambda r: r[1])
bisect.insort_right(records, ("f", 3), key=lambda r: r[1])
print(records)
for call in (
    lambda: bisect.bisect_left(a, 1, -1),
    lambda: bisect.insort(a, 1, lo=-2),
    lambda: bisect.bisect(10, 1),
    lambda: bisect.bisect([1, "x"], 2),
):
    try:
        call()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

h = []
for x in (5, 3, 8, 1, 9, 2, 7):
    heapq.heappush(h, x)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 4), data)
print(heapq.nsmallest(3, [5, 1, 8, 3, 2]), heapq.nlargest(3, [5, 1, 8, 3, 2]))
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(heapq.nsmallest(0, words), heapq.nlargest(10, words), heapq.nsmallest(1, iter(words)))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge()), list(heapq.merge([], [1])))
pairs = [(1, "x"), (1, "y")]
print(list(heapq.merge(pairs, [(1, "z")], key=lambda p: p[0])))
for call in (
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heapify(None),
    lambda: heapq.heappush([1], "a"),
):
    try:
        call()
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
