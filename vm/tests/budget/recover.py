# minnow: -X heap=8M
# Allocates until the heap limit raises MemoryError, drops everything,
# does it again, and then goes on with ordinary work: the heap must give
# back what was freed, and the program must not notice anything else.


def fill():
    keep = []
    try:
        while True:
            keep.append([len(keep)] * 64)
    except MemoryError:
        # Recovering means dropping enough to get back under the limit:
        # half of what was kept.
        del keep[len(keep) // 2:]
    intact = all(block[0] == i and len(block) == 64 for i, block in enumerate(keep))
    return len(keep), intact


first, first_intact = fill()
second, second_intact = fill()
print("first fill intact:", first_intact, "blocks > 1000:", first > 1000)
print("second fill intact:", second_intact)
# Fragmentation of the old space may cost the second fill a little.
print("second fill got at least 3/4 of the first:", second * 4 >= first * 3)

checksum = 0
for i in range(20000):
    row = [i, str(i), (i, i + 1)]
    checksum = (checksum * 31 + len(row[1]) + row[2][1]) % 1000000007
print("checksum", checksum)
