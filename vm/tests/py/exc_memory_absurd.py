# Requests far beyond any memory raise MemoryError at once; sizes beyond
# any index raise OverflowError or ValueError, as CPython's do.

requests = [
    "[0] * 10**12",
    "'x' * 10**12",
    "b'x' * 10**12",
    "bytearray(10**12)",
    "(None,) * 10**12",
    "[1, 2] * 10**12",
    "'ab'.ljust(10**12)",
    "'ab'.rjust(10**12, '*')",
    "'ab'.center(10**12)",
    "'7'.zfill(10**12)",
    "'{:>1000000000000}'.format(1)",
    "'{:>1000000000000}'.format('s')",
    "'%1000000000000d' % 1",
    "list(range(10**12))",
    "list(range(10**30))",
    "'a\\tb'.expandtabs(10**12)",
    "'%.1000000000000d' % 1",
    "format(1.5, '.1000000000000f')",
    "'{:>99999999999999999999}'.format(1)",
    "'%99999999999999999999d' % 1",
    "'{:.99999999999}'.format('x')",
]
for text in requests:
    try:
        result = eval(text)
        print(text, "->", len(result))
    except (MemoryError, OverflowError, ValueError) as e:
        print(text, "->", type(e).__name__, e)
print("still running", sum(range(1000)))
