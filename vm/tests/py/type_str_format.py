print("{} + {} = {}".format(1, 2, 3))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}))


class O:
    attr = "attribute"


print("{0.attr} {o.attr}".format(O(), o=O()))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:+d} {:x} {:#X} {:,}".format(3.14159, 5, 255, 255, 10 ** 9))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{{}} {{{}}}".format("in braces"))
print("%s is %d years" % ("Bob", 42), "%5.2f%%" % 99.5, "%-4s|" % "ab", "%c%c" % (72, "i"))
print("%(x)s-%(y)03d" % {"x": "X", "y": 7}, "%o %x %X %e" % (8, 255, 255, 12345.678))
print("%r %a" % ("é", "é"), "%s" % [1, 2], "%s" % (1,), "%.3s" % "abcdef")
print("%i %u" % (3, 4), "%+.1e" % 0.000123, "%g %g" % (1e-5, 123456789))
for fmt, args in [("{} {}", (1,)), ("{0} {}", (1, 2)), ("{x}", ()), ("{:d}", ("s",))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    "%d" % "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s %s" % ("only one",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%s" % (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print("{:*^{w}}".format("mid", w=11), "{0:{1}}|".format("a", 4))
print(format(1234.5678, ",.2f"), format(0.5, ".0%"), format(-1, "b"), format(3, "<3") + "|")
