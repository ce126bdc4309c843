for v in [0.0, -0.0, 1.0, 0.5, 2.0, 3.14, -1.5, 1e300, 5e-324, 2.2250738585072014e-308, 0.1, 255.0]:
    h = v.hex()
    print(v, h, float.fromhex(h) == v)
for s in ["0x1p0", "0x1.8p1", "-0x1p-2", "0X1P+4", "0xa", "0x.8", "  0x1p3  ", "1p4", "0x1.fffffffffffffp+1023",
          "inf", "-Infinity", "nan", "0x0p0", "0x1p-1074"]:
    print(s, float.fromhex(s))
for s in ["", "0x", "0xg", "0x1p", "0x1p1.5", "xyz"]:
    try:
        float.fromhex(s)
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex("0x1p10000")
except OverflowError as e:
    print(type(e).__name__, e)
print(float("inf").hex(), float("-inf").hex(), float("nan").hex())
