class MyEnum(enumerate):
    pass
e = MyEnum("abc", 1)
print(type(e).__name__, list(e))
class MyZip(zip): pass
print(list(MyZip([1,2],[3,4])))
class M(map):
    def __next__(self): return super().__next__() * 2
print(list(M(abs, [-1, 2])))
class R(reversed): pass
print(list(R([1,2,3])))
for a, k in [((), {}), ((1,), {}), (('abc','a'), {}), (('abc',2,3), {}), ((), {'iterable':[], 'x':3}), ((), {'start':0,'x':3}), ((), {'x':0,'y':3}), ((), {'x':0}), ((), {'start': 0}), (([1],), {'iterable': [2]})]:
    try:
        print(list(enumerate(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
print(list(enumerate(iterable='ab', start=5)))
print(list(enumerate(start=-1, iterable='ab')))
print(isinstance(enumerate([]), enumerate), type(zip()) is zip, map.__name__, type(filter(None, [])).__name__)
try:
    enumerate.__new__(int, [])
except TypeError as e:
    print(e)
class Counted(enumerate):
    def __init__(self, it, start=0):
        self.label = "counted"
c = Counted("xy", 3)
print(c.label, next(c), list(c))
