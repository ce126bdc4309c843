import mod_cyc_a
print(mod_cyc_a.from_a())
import mod_cyc_b
print(mod_cyc_b.B_VALUE, mod_cyc_b.mod_cyc_a is mod_cyc_a)
