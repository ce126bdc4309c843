"""Helper for circular import test."""
print("mod_cyc_a: start")
A_EARLY = "a early"
import mod_cyc_b
A_LATE = "a late"
print("mod_cyc_a: end, sees", mod_cyc_b.B_VALUE)


def from_a():
    return "from_a() -> " + mod_cyc_b.from_b()
