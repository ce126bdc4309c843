class WithBool:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("__bool__ called")
        return self.v


class WithLen:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("__len__ called")
        return self.n


class Both(WithLen):
    def __bool__(self):
        print("Both.__bool__ wins")
        return True


class Neither:
    pass


print(bool(WithBool(True)), bool(WithBool(False)))
print(bool(WithLen(0)), bool(WithLen(3)), len(WithLen(7)))
print(bool(Both(0)))
print(bool(Neither()))
if WithLen(0):
    print("never")
else:
    print("empty object is falsy in if")
print(not WithBool(False))
print(WithBool(True) and "and-result")
x = WithLen(0) or "or-fallback"
print(x)
print([i for i in [WithLen(1), WithLen(0)] if i].__len__())


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


class BigLen:
    def __len__(self):
        return "3"


try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(BigLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
