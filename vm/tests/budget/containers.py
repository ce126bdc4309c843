# minnow: -X heap=8M
# A container operation that fails with MemoryError leaves the container as
# it was: every list, dict and set below is checked entry by entry after the
# failure, then shrunk and used again.

items = []
table = {}
members = set()
appended = inserted = added = 0
try:
    while True:
        items.append("item %d" % appended)
        appended += 1
        table[inserted] = appended
        inserted += 1
        members.add(added * 7)
        added += 1
except MemoryError:
    pass

print("list length matches successful appends:", len(items) == appended)
print("dict length matches successful inserts:", len(table) == inserted)
print("set length matches successful adds:", len(members) == added)
print("list entries intact:", all(items[i] == "item %d" % i for i in range(0, len(items), 97)))
print("dict entries intact:", all(table[k] == k + 1 for k in range(0, len(table), 97)))
print("set entries intact:", all(k * 7 in members for k in range(0, added, 97)))

del items[len(items) // 2:]
table.clear()
members = set(range(100))
grow = []
for i in range(5000):
    grow.append((i, i * i))
print("works after recovery:", len(grow), sum(b for _, b in grow) % 1000003, len(members))
