x = 42
pi = 3.14159265
s = "abc"
print(f"[{x:5}] [{x:<5}] [{x:^5}] [{x:>5}] [{x:05}] [{x:+}] [{-x:+}] [{x: }]")
print(f"[{x:x}] [{x:X}] [{x:o}] [{x:b}] [{x:#x}] [{x:#o}] [{x:#b}] [{x:c}]")
print(f"[{1234567:,}] [{1234567:_}] [{255:_b}] [{1234567.891:,.2f}]")
print(f"[{pi:.2f}] [{pi:10.3f}] [{pi:<10.1f}] [{pi:e}] [{pi:.3E}] [{pi:g}] [{pi:%}] [{0.25:.1%}]")
print(f"[{s:10}] [{s:>10}] [{s:^10}] [{s:*^9}] [{s:.2}] [{s:-<6.1}]")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{s:>{width}}] [{x:{'0'}{width}d}]")
fill, align = "#", "^"
print(f"[{s:{fill}{align}{width}}]")
print(f"[{1e20:g}] [{1e-5:g}] [{123456789.0:g}] [{0.0001:g}] [{100000.0:g}] [{1e6:g}]")
print(f"[{-0.0:f}] [{float('inf'):f}] [{float('nan'):>6}] [{-float('inf'):e}]")
print(f"[{True}] [{True:d}] [{None}] [{3:.2f}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{-42:=8}] [{42:=+8}] [{-3.5:010.2f}]")
print("{:>6}|{:<6}|{:^6}".format("a", "b", "c"))
print("{0}{1}{0}".format("x", "y"), "{name}-{n:03}".format(name="id", n=7))
print("{:{w}.{p}f}".format(pi, w=9, p=4))
print("%5d|%-5d|%05.1f|%s|%r|%x|%%" % (42, 42, pi, "s", "r", 255))
print(format(x, "08b"), format(pi, ".1f"), format("s", ">3"))
try:
    f"{s:d}"
except ValueError as e:
    print(type(e).__name__, e)
try:
    f"{x:s}"
except ValueError as e:
    print(type(e).__name__, e)
