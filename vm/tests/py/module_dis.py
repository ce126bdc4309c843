# Minnow's instruction set is its own, so only what does not depend on it
# is compared with CPython.
import dis
def f(x):
    return x + 1
ins = list(dis.get_instructions(f))
print(type(ins[0]).__name__, ins[0].offset, ins[-1].opname == "RETURN_VALUE")
print(all(dis.opname[i.opcode] == i.opname for i in ins), dis.opmap["RETURN_VALUE"] == ins[-1].opcode)
print(isinstance(ins[0].starts_line, int), any(i.argval == 1 for i in ins))
print(ins[0]._fields[:4])
for bad in (5, 2.5):
    try:
        dis.dis(bad)
    except TypeError as e:
        print(e)
