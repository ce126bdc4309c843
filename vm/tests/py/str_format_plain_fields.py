# str.format and %-formatting of plain fields (written straight into the result)
# next to ones that need the full format machinery, and their errors.
print("{}:{}={}".format(1, "a", True), "{0}{1}{0}".format("x", 2.5), "{:>5}|{!r}".format(3, "q"))
print("{{}}{}}}".format(7), "é{}ü{}".format("ß", -3), "{a}{b[0]}".format(a=1, b=[9]))
for bad in ["{", "}", "{0!", "{:{", "{0!x}", "x{0!rr}"]:
    try: bad.format(1)
    except Exception as e: print(type(e).__name__, e)
print("{0:{1}}|".format(3, 4), "{:{}}|".format("ab", 5))
print(format(2**70, ""), "{}".format(2**70), "{}".format(None), "{}".format(False))
print("%d,%s,%d,%.3f,%X" % (1, "name", -5, 2.5, 255), "%s|%d|%i|%u" % (True, True, False, 7))
print("%s %s" % ("é", 3), "%d" % 2**70, "%s" % [1], "%5s|%-3d|%03d|%+d|% d" % ("a", 1, 2, 3, 4))
print(b"%d %s" % (3, b"x"), "%(a)s %(b)d" % {"a": "x", "b": 2}, "100%%" % ())
class S(str): pass
print("%s" % S("sub"), "%d" % 3.9)
