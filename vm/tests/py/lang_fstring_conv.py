class P:
    def __repr__(self):
        return "P<repr>"

    def __str__(self):
        return "P<str>"

    def __format__(self, spec):
        return "P<format:" + spec + ">"


p = P()
print(f"{p}")
print(f"{p!r}")
print(f"{p!s}")
print(f"{p!a}")
print(f"{p:xyz}")
print(f"{p!r:>10}|")
s = "café\n"
print(f"{s!r}")
print(f"{s!a}")
print(f"{'quote'!r}")
print(f"{42!r} {3.5!s} {None!a}")
name = "world"
print(f"hello {name}! {name.upper()} {len(name) * 2}")
print(f"{{literal braces}} {{{name}}}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{1 + 2 = }")
print(f"{name=}")
print(f"{name=!s}")
print(f"{3.14159=:.2f}")
x = 10
print(f"{'yes' if x > 5 else 'no'}")
print(f"{[i * i for i in range(4)]}")
print(f"{x:{'>'}{5}}|")
print(f"multi" f"part {x}" "plain")
print(F"upper F {x}", rf"raw\n{x}")
