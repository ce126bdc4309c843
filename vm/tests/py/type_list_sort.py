nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
# stability: equal keys keep original order
records = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 25)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([3, 1, 2], key=lambda x: 0))
print(sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted("hello"), sorted((3, 2, 1)), sorted({3: "x", 1: "y"}), sorted([]))
print(sorted([1.5, 1, True, 0.5]), sorted([-1, -0.5, 0]))
lst = [3, 1, 2]
result = lst.sort()
print(result, lst)
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__)
try:
    sorted([1, 2], key=lambda x: x, cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
big = list(range(100))
big.sort(key=lambda v: (v % 7, -v))
print(big[:12])


class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return "%s%s" % (self.rank, self.suit)


cards = [Card(10, "h"), Card(2, "s"), Card(10, "c"), Card(5, "d"), Card(2, "h")]
print(sorted(cards), max(cards), min(cards))
