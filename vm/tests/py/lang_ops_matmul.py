class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if not isinstance(other, Mat):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __rmatmul__(self, other):
        print("rmatmul with", type(other).__name__)
        return Mat([[other * v for v in r] for r in self.rows])

    def __imatmul__(self, other):
        print("imatmul")
        self.rows = (self @ other).rows
        return self

    def __repr__(self):
        return "Mat(%r)" % (self.rows,)


A = Mat([[1, 2], [3, 4]])
B = Mat([[0, 1], [1, 0]])
print(A @ B)
print(B @ A)
print(2 @ A)
C = A
C @= B
print(C, C is A)
try:
    A @ "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
