# f-strings and str.join build their result in one allocation; __str__ and
# __repr__ may return a str subclass's instance.
class S(str): pass
class A:
    def __str__(self): return S("sub")
    def __repr__(self): return S("rsub")
a = A()
print(f"{a}|{a!s}|{a!r}|{a:}|{S('x')}|{S('y')!r}")
print(f"é{1}日{'x':>3}", f"", f"{''}{''}", "-".join([S("a"), "b", S("c")]), "".join([]), S("+").join("ab"))
print(", ".join(str(i) for i in range(5)), "x".join(("é", "日")))
for bad in [lambda: "-".join([1]), lambda: "-".join(["a", b"b"]), lambda: str.join(1, []), lambda: "-".join(5)]:
    try: bad()
    except TypeError as e: print(e)
