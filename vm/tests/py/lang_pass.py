# pass in every kind of block


def nothing():
    pass


class Empty:
    pass


print(nothing())
print(Empty.__name__, isinstance(Empty(), Empty))
for i in range(3):
    pass
print("i =", i)
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass


class CM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass


with CM() as cm:
    pass
print("with body passed:", type(cm).__name__)
print("done")
