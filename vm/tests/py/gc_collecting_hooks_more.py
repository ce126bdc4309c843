# Builtins that keep using their arguments, or objects made from them,
# after a hook of another object ran: __getattr__ (__mro_entries__), a
# __doc__ property, an exception class's __init__/__new__, a metaclass
# __repr__, __anext__, __hash__ of dict keys, a generator, __index__,
# __bool__, __str__. Each hook allocates, so a collection may move
# those objects meanwhile; the results must not change (the suite also runs
# this under the collector's stress mode, which moves every object at every
# safepoint).
def churn():
    return [[i] for i in range(40)]


class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        churn()
        return self.v


class Truth:
    def __init__(self, v): self.v = v
    def __bool__(self):
        churn()
        return self.v


class Key:
    def __init__(self, k): self.k = k
    def __hash__(self):
        churn()
        return hash(self.k)
    def __eq__(self, other):
        return isinstance(other, Key) and self.k == other.k
    def __repr__(self): return "Key(%r)" % (self.k,)


class Maker:
    def __getattr__(self, name):
        churn()
        raise AttributeError(name)


class Entries:
    def __mro_entries__(self, bases):
        churn()
        return (Mixin,)


class Mixin:
    tag = "mixin"


class Mixin2:
    pass


class Documented:
    def __init__(self, v): self.v = v
    def __call__(self, obj): return "got"
    @property
    def __doc__(self):
        churn()
        return "documented"


class Wrapped:
    def __init__(self, v): self.v = v
    def __call__(self, *a): return a
    def __getattr__(self, name):
        churn()
        return "w" + name


class Loud(Exception):
    def __init__(self, *args):
        churn()
        super().__init__(*args)


class MetaRepr(type):
    def __repr__(cls):
        churn()
        return "<made by MetaRepr>"


class NotExc(Exception, metaclass=MetaRepr):
    def __new__(cls, *args):
        churn()
        return [args]


def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield (type(e).__name__, e.args)


class Suspend:
    def __await__(self):
        yield "suspended"


async def acatcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            await Suspend()
            yield (type(e).__name__, e.args)


def result_of(awaitable):
    try:
        return ("suspended at", awaitable.send(None))
    except StopIteration as stop:
        return stop.value


class Ended:
    def __aiter__(self): return self
    def __anext__(self):
        churn()
        return self.stop()
    async def stop(self):
        raise StopAsyncIteration


class MyErr(Exception):
    pass


def args_gen(r):
    for i in range(3):
        churn()
        yield [r, i]


class Text:
    def __init__(self, r): self.r = r
    def __str__(self):
        churn()
        return "text%d" % self.r


class S(str):
    pass


class FS(frozenset):
    pass


def items_gen(r):
    for i in range(3):
        churn()
        yield (r, i)


class Shrink:
    def __init__(self, ba, v): self.ba, self.v = ba, v
    def __index__(self):
        churn()
        del self.ba[4:]
        return self.v


class Clear:
    def __init__(self, ba): self.ba = ba
    def __index__(self):
        churn()
        self.ba.clear()
        return 0


GenType = type(catcher())
AsyncGenType = type(acatcher())
ASendType = type(acatcher().asend(None))


def error_of(f):
    try:
        f()
    except Exception as e:
        return (type(e).__name__, str(e))
    return "no error"


def setitem(ba, k, v):
    ba[k] = v


def row_for(r):
    # Arguments made inside a generator expression, or by a class called
    # from map(), reach the builtin without a safepoint in between: they
    # are still young when its hook runs.
    row = []
    # A base without __mro_entries__ (found by __getattr__) stays a base.
    m = Maker()
    class X(m, metaclass=lambda *args: args):
        pass
    row.append((X[0], X[1][0] is m, X[2]["__qualname__"]))
    class Y(Entries(), Mixin2):
        pass
    row.append((Y.__bases__ == (Mixin, Mixin2), Y.tag, Y.__orig_bases__[1] is Mixin2))
    # property(fget) takes the getter's __doc__.
    p = list(map(property, map(Documented, [r]), ([r, "s"] for _ in "x"),
                 ([r, "d"] for _ in "x")))[0]
    row.append((p.fget.v, p.fset, p.fdel, p.__doc__))
    p2 = list(map(p.getter, map(Documented, [r + 1])))[0]
    row.append((p2.fget.v, p2.fset, p2.fdel, p2.__doc__))
    p3 = list(map(p.setter, ([r, "s3"] for _ in "x")))[0]
    row.append((p3.fget.v, p3.fset, p3.fdel, p3.__doc__))
    sm = list(map(staticmethod, map(Wrapped, [r])))[0]
    cm = list(map(classmethod, map(Wrapped, [r])))[0]
    row.append((sm.__func__.v, cm.__func__.v, sm.__name__, cm.__name__))
    # throw() with a class: calling it runs Python code before the throw.
    row.append(list(map(GenType.throw, filter(next, (catcher() for _ in "x")), [Loud],
                        [([r], "x")])))
    row.append(list(map(GenType.throw, filter(next, (catcher() for _ in "x")), [NotExc],
                        [[r]])))
    athrow = list(map(AsyncGenType.athrow, (acatcher() for _ in "x"), [Loud], [("a", r)]))
    row.append(error_of(lambda: result_of(athrow[0])))
    ag = acatcher()
    row.append(result_of(ag.asend(None)))
    aw = ag.athrow(Loud, ("a", r))
    row.append((result_of(aw), result_of(aw)))
    row.append(result_of(ag.asend(None)))
    row.append(list(map(ASendType.throw, ((aw := ag.asend(None)) for _ in "x"), [Loud],
                        [("b", r)])))
    row.append(result_of(aw))
    row.append(list(map(result_of, map(anext, [Ended()], ([r, "default"] for _ in "x")))))
    # __reduce__ stores the instance dict's items; a key's __hash__ runs.
    e = MyErr(r, [r])
    e.__dict__[Key("a")] = [r, "a"]
    e.__dict__[Key("b")] = [r, "b"]
    red = e.__reduce__()
    row.append((red[0] is MyErr, red[1], sorted(red[2].items(), key=repr)))
    list(map(setattr, ((e2 := MyErr(r)) for _ in "x"), ["args"], [args_gen(r)]))
    row.append(e2.args)
    # type() copies the namespace; a key's __hash__ runs.
    N = list(map(type, ["N%d" % r], [(Mixin, object)],
                 ({Key(1): [r, 1], "x": [r], Key(2): [r, 2]} for _ in "x")))[0]
    row.append((N.__name__, N.x, N.__dict__[Key(1)], N.__dict__[Key(2)],
                N.__mro__[1] is Mixin, N.tag))
    # __setstate__ reads the state through __bool__.
    list(map(zip.__setstate__, ((z := zip([r, r], [r])) for _ in "x"), [Truth(True)]))
    row.append(error_of(lambda: list(z)))
    # Subclasses of str and frozenset made from objects with hooks.
    s = S(Text(r))
    row.append((type(s).__name__, s))
    fs = FS(items_gen(r))
    row.append((type(fs).__name__, sorted(fs)))
    row.append((bytes(map(I, [65, 66, 67, r])), bytearray(map(I, [97, 98, r]))))
    list(map(bytearray.append, ((ba := bytearray(b"xy")) for _ in "x"), [I(122)]))
    row.append(ba)
    list(map(bytearray.__setitem__, ((ba := bytearray(b"abcdef")) for _ in "x"), [I(0)],
             map(I, [65])))
    ba[I(-1)] = I(70)
    list(map(bytearray.__setitem__, [ba], [slice(I(1), I(3))], [map(I, [66, 67, 68])]))
    ba[I(0):I(6):I(2)] = (x for x in [I(49), I(50), I(51)])
    row.append(ba)
    list(map(bytearray.__setitem__, ((ba := bytearray(b"abcdef")) for _ in "x"),
             [slice(I(1), I(3))], [map(I, [66, 67, 68])]))
    row.append(ba)
    ba = bytearray(b"abcdef")
    ba[1:3] = [Shrink(ba, 88)]
    row.append(ba)
    ba = bytearray(b"abc")
    row.append(error_of(lambda: setitem(ba, Clear(ba), 65)))
    row.append(error_of(lambda: setitem(bytearray(b"abc"), 10, 300)))
    t = "prefix%d" % r
    row.append(list(map(str.startswith, [t], ((f"n{r}", "pre") for _ in "x"), [I(0)], [I(5)])))
    row.append(t.endswith(("x", "fix"), I(0), I(6)))
    tail = bytes([r])
    row.append(list(map(bytes.find, (b"abcabc" + tail for _ in "x"), [I(98)], [I(0)],
                        map(I, [6]))))
    row.append(list(map(bytes.rfind, (b"abcabc" + tail for _ in "x"), [b"c"], [I(0)], [I(6)])))
    row.append(list(map(bytes.count, (b"abcabc" + tail for _ in "x"), [I(97)], [I(0)])))
    row.append(list(map(bytes.startswith, (b"abcabc" + tail for _ in "x"),
                        ((b"z" + tail, b"ab") for _ in "x"), [I(0)], [I(4)])))
    row.append(b"abcabc".endswith(b"bc", I(0), I(6)))
    bb = bytearray(b"abcabc")
    row.append((bb.find(b"c", I(3)), bb.count(b"", I(1), I(4)),
                bb.endswith((b"x", b"ca"), I(0), I(4)), bb.index(b"bc", I(2), I(6))))
    return row


out = [row_for(r) for r in range(15)]


for r, row in enumerate(out):
    print(r, row)
