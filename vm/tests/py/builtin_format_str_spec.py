specs = ["", "s", "5", "<5", ">5", "^5", "*^6", "-<4", ".2", "10.3", ">10.1s", "^^7"]
for s in ["", "a", "hello", "日本語"]:
    print([format(s, sp) for sp in specs])
print(f"{'x':=^9}", f"{'abc'!r:>8}", f"{'abc'!s:.1}", f"{'é'!a}", "{:>{w}}".format("r", w=4), "{0:{1}{2}}".format("m", "^", 5))
print(format(None, ""), format([1, 2], ""), format((1,), ">8"[:0]), "{!r:^10}".format([1]))
class C:
    def __format__(self, spec):
        return "C[" + spec + "]"
print(format(C(), "xyz"), f"{C():abc}", "{:q}".format(C()))
