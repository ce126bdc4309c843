# A matrix class with arithmetic dunders, equality, indexing, iteration and exact determinant.


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("zero denominator")
        if den < 0:
            num, den = -num, -den
        g = Fraction._gcd(abs(num), den)
        self.num, self.den = num // g, den // g

    @staticmethod
    def _gcd(a, b):
        while b:
            a, b = b, a % b
        return a or 1

    def _coerce(self, o):
        return o if isinstance(o, Fraction) else Fraction(o)

    def __add__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o):
        o = self._coerce(o)
        return Fraction(self.num * o.den, self.den * o.num)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __eq__(self, o):
        o = self._coerce(o)
        return self.num == o.num and self.den == o.den

    def __hash__(self):
        return hash((self.num, self.den))

    def __repr__(self):
        return str(self.num) if self.den == 1 else "%d/%d" % (self.num, self.den)


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]
        self.shape = (len(rows), len(rows[0]))

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value

    def __iter__(self):
        for row in self.rows:
            yield from row

    def __len__(self):
        return self.shape[0] * self.shape[1]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def _elementwise(self, other, op):
        if self.shape != other.shape:
            raise ValueError("shape mismatch %s vs %s" % (self.shape, other.shape))
        return Matrix([[op(a, b) for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __add__(self, other):
        return self._elementwise(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._elementwise(other, lambda a, b: a - b)

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return NotImplemented
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("cannot multiply %s by %s" % (self.shape, other.shape))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, n):
        result = Matrix.identity(self.shape[0])
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        n = self.shape[0]
        m = [[v if isinstance(v, Fraction) else Fraction(v) for v in r] for r in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if m[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                m[col], m[pivot] = m[pivot], m[col]
                det = -det
            det = det * m[col][col]
            for r in range(col + 1, n):
                factor = m[r][col] / m[col][col]
                m[r] = [a - factor * b for a, b in zip(m[r], m[col])]
        return det

    def __repr__(self):
        width = max(len(repr(v)) for v in self)
        return "\n".join("[" + " ".join(repr(v).rjust(width) for v in r) + "]" for r in self.rows)


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, A * 3, 2 * A, A @ B, -A, sep="\n--\n")
print("--")
print(A.transpose() == Matrix([[1, 3], [2, 4]]), A == B, A != B, len(A), list(A), A[1, 0])
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib(30) =", fib[0, 1])
C = Matrix([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
print(C.determinant(), Matrix([[1, 2], [2, 4]]).determinant(), Matrix([[0, 1], [1, 0]]).determinant())
print(Matrix([[Fraction(1, 2), 1], [3, Fraction(4, 3)]]).determinant())
D = Matrix([[1, 2, 3], [4, 5, 6]])
print(D @ D.transpose())
for bad in [lambda: A + D, lambda: A @ D.transpose(), lambda: Matrix([[1], [1, 2]]), lambda: A * A, lambda: hash(A)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
A[0, 0] = 100
print(A)
