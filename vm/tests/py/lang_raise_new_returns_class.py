class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
try:
    raise E
except TypeError as e:
    print(e)
def g():
    try:
        yield
    except TypeError as e:
        print("in gen", e)
x = g(); next(x)
try:
    x.throw(E)
except StopIteration:
    print("stop")
