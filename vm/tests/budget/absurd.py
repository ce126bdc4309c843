# minnow: -X heap=32M
# Requests no object could ever satisfy fail at once with MemoryError,
# before any memory is touched, and the program carries on.

requests = [
    lambda: [0] * 10**12,
    lambda: "x" * 10**12,
    lambda: b"x" * 10**12,
    lambda: bytearray(10**12),
    lambda: (None,) * 10**12,
    lambda: "ab".ljust(10**12),
    lambda: "{:>1000000000000}".format(1),
    lambda: "%1000000000000d" % 1,
    lambda: list(range(10**12)),
    lambda: [x for x in range(10**9)],
]
for make in requests:
    try:
        make()
        print("no error")
    except MemoryError:
        print("MemoryError")
print(sum(len(str(i)) for i in range(10000)))
