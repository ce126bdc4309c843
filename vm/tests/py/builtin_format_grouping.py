cases = [(1234567, '0=20,d'), (1234567, '020_x'), (-1234567, '020,d'), (1234567, '#020_b'), (12, '06,d'), (1234.5, '020,.2f'),
         (-1234, '=+20,d'), (1234567, '020,d'), (5, '05,d'), (123, '04,d'), (0, '08_d'), (-0.5, '010,.3f'), (1e20, '030,.1f'),
         (255, '#012_x'), (255, '012,'), (1234567, ',d'), (1234567, '>20,d'), (1234567, '*^20,d'), (7, '0=+8,d'), (1234, 'x=12,d')]
for v, s in cases:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
for s in ['>6', '08x', '.2f', 'x<10', '^9', '+', '#x', '99999999999999999999999', '.99999999999999999999999f', '', 'z', 'q']:
    for v in (1234567, 3.25, 'abc', True):
        try:
            print(repr(v), repr(s), repr(format(v, s)))
        except Exception as e:
            print(repr(v), repr(s), type(e).__name__, e)
print(f"{42:>6} {3.14159:08.3f} {'x':*^5} {-7:+05d} {255:#06x}")
for v, s in [(-0.0001, 'z.2f'), (-0.0, 'z'), (-0.0, 'zf'), (-1.5, 'z.1f'), (-0.004, 'z.2e'), (-0.0001, 'z.2%'), (-0.0001, '+z.2f'), (-1e-9, 'z,.3f')]:
    try:
        print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e:
        print(repr(v), repr(s), type(e).__name__, e)
