for v in [0, 1, -1, 2, 10**18, -(10**18), 2**61 - 1, 2**61, 2**62, 2**70, -(2**70), 1 << 100]:
    print(v, hash(float(v)) == hash(v), hash(v) == hash(float(v)) if float(v) == v else "inexact")
print(hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(1e300), hash(5e-324), hash(-0.0), hash(0.0))
print(hash(float("inf")), hash(float("-inf")), hash(-1.0), hash(2.5e-10))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len({0, 0.0, False, -0.0}))
print(hash(1.0) == hash(True), {2.0: 1}[2], 3 in {3.0}, (1, 2.0) == (1.0, 2))
