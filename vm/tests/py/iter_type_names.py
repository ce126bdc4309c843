# The type of a builtin sequence iterator names what it iterates (an ASCII
# str has its own), and keeps that name once exhausted.
for x in ([], (), "", "é", b"", bytearray(), range(3), {}, set(), {}.keys(), {}.values(), {}.items(), frozenset()):
    it = iter(x)
    print(type(it).__name__, end=" ")
    list(it)
    print(type(it).__name__, repr(it)[:len("<" + type(it).__name__)] == "<" + type(it).__name__)
class S:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
it = iter(S()); print(type(it).__name__, list(it), type(it).__name__)
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)
class T(str): pass
print(type(iter(T("ab"))).__name__, type(iter(T("é"))).__name__)
for x in ("abc", "é", b"ab", bytearray(b"ab"), [1], (1,)):
    it = iter(x)
    next(it)
    print(type(it).__name__, it.__length_hint__(), type(it).__reduce__(it)[0] is iter)
