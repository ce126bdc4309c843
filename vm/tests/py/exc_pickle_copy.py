# Exceptions through pickle and copy: __reduce__ gives the class, the args
# and the attributes set on the exception (CPython 3.11's state rules).
import copy
import pickle

e = ValueError(1, "two")
print(e.__reduce__())
e.note = "extra"
print(e.__reduce__())
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(e, proto))
    print(proto, type(back).__name__, back.args, back.note)

i = ImportError("failed", name="mod", path="/x/mod.py")
print(i.__reduce__())
print(ImportError("plain").__reduce__())
back = pickle.loads(pickle.dumps(i))
print(back.args, back.name, back.path, back.msg)
c = copy.copy(i)
print(c.args, c.name, c.path)

a = AttributeError("gone", name="attr", obj=3)
print(a.__reduce__())
print(NameError("gone", name="n").__reduce__())
print(pickle.loads(pickle.dumps(KeyError("k"))).args)
s = StopIteration(5)
print(pickle.loads(pickle.dumps(s)).value)


class Custom(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.total = a + b


c = pickle.loads(pickle.dumps(Custom(1, 5)))
print(type(c).__name__, c.args, c.total)
d = copy.deepcopy(Custom(3))
print(d.args, d.total)

e = ValueError()
e.__setstate__({"x": 1})
print(e.x)
e.__setstate__(None)
try:
    e.__setstate__(5)
except TypeError as err:
    print("TypeError:", err)

for attr in ["args", "__traceback__", "__cause__", "__context__"]:
    try:
        delattr(ValueError(), attr)
    except TypeError as err:
        print("TypeError:", err)
e = ValueError()
e.add_note("n")
del e.__notes__
print(hasattr(e, "__notes__"))
try:
    del e.__notes__
except AttributeError as err:
    print("AttributeError")
print(SyntaxError("x").print_file_and_line)

# State keys may be str subclasses, even ones whose hash changes the state.
state = {}


class ClearingKey(str):
    def __hash__(self):
        state.clear()
        return super().__hash__()


state[ClearingKey("cleared")] = "value"
e = Exception()
e.__setstate__(state)
print(e.cleared)


class Name(str):
    pass


setattr(e, Name("other"), 2)
print(getattr(e, Name("other")), hasattr(e, Name("other")))
