# Bit operations, shifts and overflowing products on ints that are boxed or
# that become boxed, against every pairing of signs and sizes.
vals = [0, 1, 7, 2**60-1, 2**60, 2**61, 2**64-1, 2**64, 2**127+5, 3**90, -1, -(2**64), -(2**70)+3]
out = []
for a in vals:
    for b in vals:
        for f in (lambda a,b: a&b, lambda a,b: a|b, lambda a,b: a^b, lambda a,b: a*b, lambda a,b: a+b, lambda a,b: a-b):
            out.append(f(a,b))
    for n in (0, 1, 3, 63, 64, 65, 130, 1000):
        try: out.append(a << n)
        except Exception as e: out.append(type(e).__name__)
        try: out.append(a >> n)
        except Exception as e: out.append(type(e).__name__)
for n in (-1, -64):
    try: 5 << n
    except ValueError as e: print(e)
    try: (2**70) >> n
    except ValueError as e: print(e)
print(hash(tuple(out)), len(out), sum(x for x in out if isinstance(x, int)) % 1000000007)
x = 2**100; x &= 2**64-1; x |= 1 << 80; x ^= 12345; x <<= 3; x >>= 70; print(x)
print(type((2**62) & 1), (2**62) & 1, 1 << 60, type(1 << 60), (1<<61)>>1)
