# NameError's and AttributeError's name and obj, and the "Did you mean"
# that sys.__excepthook__ adds when it prints them (CPython 3.11's rules).
import io
import sys


def report(func):
    """The last line sys.__excepthook__ writes for what func raises."""
    saved = sys.stderr
    sys.stderr = io.StringIO()
    try:
        try:
            func()
        except BaseException:
            sys.__excepthook__(*sys.exc_info())
        text = sys.stderr.getvalue()
    finally:
        sys.stderr = saved
    assert text.endswith("\n")
    assert ("Traceback (most recent call last):" in text) == ("File" in text)
    return text.splitlines()[-1]


def local_typo():
    blech = 1
    return bluch


def local_elimination():
    blch = 1
    return bluch


def local_addition():
    bluchin = 1
    return bluch


def substitution_beats_elimination():
    blach = bluc = None
    return bluch


global_for_suggestions = 1


def global_typo():
    return global_for_suggestio


def builtin_typo():
    return ZeroDivisionErrrrr


def builtin_case():
    return Len


def too_long():
    somethingverywronghehehehehehe = None
    return somethingverywronghe


def short_names():
    vvv = mom = w = id = pytho = None
    return b


def raised_by_hand():
    blech = None
    raise NameError("blech is not bluch")


def unbound_local():
    something = 3
    print(somethong)
    somethong = 3


for f in [local_typo, local_elimination, local_addition, substitution_beats_elimination,
          global_typo, builtin_typo, builtin_case, too_long, short_names, raised_by_hand,
          unbound_local]:
    print(f.__name__, "->", report(f))

try:
    bluch
except NameError as e:
    print("name:", e.name, e.args)

try:
    NameError.__init__
    undefined_name_here
except NameError as e:
    print("name:", e.name)


class A:
    blech = None

    def method(self):
        pass


obj = A()
try:
    obj.bluch
except AttributeError as e:
    print("attribute:", e.name, e.obj is obj)
try:
    object.__getattribute__(obj, "bluch")
except AttributeError as e:
    print("attribute:", e.name, e.obj is obj)
try:
    getattr(3, "reel")
except AttributeError as e:
    print("attribute:", e.name, e.obj)

print(report(lambda: obj.bluch))
print(report(lambda: obj.methd()))
print(report(lambda: (3).reel))
print(report(lambda: "abc".uper()))
print(report(lambda: [].apend(1)))
print(report(lambda: getattr(None, "__clas__")))
print(report(lambda: obj.zzzzzzzzzz))


class Dynamic:
    blech = None

    def __getattr__(self, name):
        raise AttributeError


class Explained:
    blech = None

    def __getattr__(self, name):
        raise AttributeError(f"no {name} here", name="other", obj=None)


class Listed:
    def __dir__(self):
        return ["alpha", "beta", "gamma"]


class BrokenDir:
    def __dir__(self):
        raise RuntimeError("no dir")


print(report(lambda: Dynamic().bluch))
print(report(lambda: Explained().bluch))
print(report(lambda: Listed().gama))
print(report(lambda: BrokenDir().gama))

e = AttributeError("message")
print(e.name, e.obj, e.args)
e = AttributeError("message", name="carry", obj=obj)
print(e.name, e.obj is obj, e.args)
e = NameError("message", name="n")
print(e.name, e.args)
for make in [lambda: NameError("m", name="n", obj=1), lambda: NameError("m", foo=1),
             lambda: AttributeError("m", foo=1), lambda: ValueError("m", name=1)]:
    try:
        make()
    except TypeError as err:
        print("TypeError:", err)

print(sys.excepthook is sys.__excepthook__, sys.excepthook.__name__)
for args in [(), (1, 2), (1, 2, 3, 4)]:
    try:
        sys.excepthook(*args)
    except TypeError as err:
        print("TypeError:", err)
print(report(lambda: sys.__excepthook__(None, "not an exception", None)))
