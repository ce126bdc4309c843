class Meta(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace['__classcell__'] = cell
        return super().__new__(cls, name, bases, namespace)

for bad_cell in (None, 0, "", object(), [1]):
    try:
        class A(metaclass=Meta, cell=bad_cell):
            pass
        print("created")
    except TypeError as e:
        print(type(bad_cell).__name__, e)

class B:
    def f(self):
        return __class__
print(B().f() is B)
