for n in [0, 1, -1, 7, -8, 255, 2**64, -(2**64) + 1, 10**30, 0b101010101]:
    print(n, n.bit_length(), n.bit_count(), bin(n))
print(hash(-1), hash(-2), hash(0), hash(1), hash(2**61 - 1), hash(2**61), hash(2**61 - 2))
print(hash(-(2**61)), hash(2**64), hash(-(2**64)), hash(10**30), hash(-(10**30)), hash(2**122 - 1))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(10**20) == hash(10**20 % (2**61 - 1)))
print((5).numerator, (5).denominator, (5).real, (5).imag, (-5).conjugate(), (7).as_integer_ratio())
print(int.bit_length(1024), True.bit_length(), (2**100).bit_count())
print((255).is_integer() if hasattr(int, "is_integer") else "no is_integer")
