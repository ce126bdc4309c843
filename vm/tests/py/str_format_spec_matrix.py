vals = [0, 1, -1, 7, -42, 255, 123456789, -(2**59), True, False, 0.0, -0.0, 1.5, -2.675, 1e20, -1e-9, 3.14159, 12345.678, 2.5, float('inf'), float('nan'), "abc", "", "héllo", "日本", 2**70]
specs = ["", ">6", "<6", "^7", "*^9", "x>5", "06", "08x", "08X", "o", "b", "x", "X", "d", ">6d", "<4d", "010b",
         ".2f", ">10.2f", "<10.3f", "^12.1f", "010.2f", "f", "F", ".0f", "s", ">8s", "<8", "-<8", "<08", ">03", "5", "12",
         "+d", " d", ",d", "_x", "#x", ".3", "10.3", "=8", "0=8", "e", ".2e", "g", "%", "z.2f", "c"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("E:" + type(e).__name__ + ":" + str(e))
    print(repr(v), row)
for i in range(-3, 4):
    print(f"{i:>6} {i*1.25:>10.2f} {i*1000:08x} {'n'*i:<5}|")
class S(str): pass
class I(int): pass
class Fl(float): pass
print(format(S("ab"), ">5"), format(I(5), "04"), format(Fl(2.5), ".1f"), f"{S('x'):^5}|{I(-3):05}|{Fl(-0.5):8.3f}")
for v in [5, -5, 2.5, -2.5, 10**20]:
    print([format(v, s) for s in ["=08", "*=8", "<08", ">08", "^08", "=+08", "<+08.1f" if isinstance(v, float) else "<+08"]])
