vals = [0, 1, -1, 255, -255, 2**59, -(2**60), 123456789]
for v in vals:
    print("%d %i %u %x %X %o|" % (v, v, v, v, v, v))
for f in [0.0, -0.0, 1.5, -1.5, 2.675, 0.125, 1e20, -1e-20, 123.456, 1e300, 5e-324, 0.5, 1.0005, 2.5, 3.5]:
    print("%f %.0f %.3f %.1F %.12f %.20f|" % (f, f, f, f, f, f))
for f in [float('inf'), float('-inf'), float('nan')]:
    print("%f %.3f %F|" % (f, f, f))
print("%.3f %x" % (True, True), "%f" % 3, "%x" % 2**70, "%.2f" % 2**70)
class F(float): pass
print("%.2f %d %x" % (F(1.005), F(7.9), 10))
