class E(int):
    def __lt__(self, other):
        return NotImplemented
    def __eq__(self, other):
        return NotImplemented
print(E(0) < 1, 1 > E(0), E(3) == 3, E(2) != 2)
class S(str):
    def __gt__(self, other):
        return NotImplemented
print(S("b") > "a", "a" < S("b"))
class F(float):
    def __le__(self, other):
        return NotImplemented
print(F(1.5) <= 2.0, F(1.5) <= 1.0)
try:
    F(1.5) <= 2
except TypeError as e:
    print(e)
try:
    E(0) < "x"
except TypeError as e:
    print(e)
print((-0.5) ** 0.5, (-8) ** (1 / 3), (-2.0) ** 1.5)
