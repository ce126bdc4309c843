"""Helper for circular import test."""
print("mod_cyc_b: start")
import mod_cyc_a
print("mod_cyc_b: mod_cyc_a partially initialised; has A_EARLY:", hasattr(mod_cyc_a, "A_EARLY"),
      "has A_LATE:", hasattr(mod_cyc_a, "A_LATE"))
B_VALUE = "b value"


def from_b():
    return "from_b() sees " + mod_cyc_a.A_LATE
