# sys.get_int_max_str_digits / set_int_max_str_digits and the ValueError
# past the limit, in both directions, as CPython 3.11.
import sys


def show(f, *args):
    try:
        r = f(*args)
        if isinstance(r, str):
            r = len(r)
        print(type(r).__name__, "big" if isinstance(r, int) and abs(r) >= 10 ** 20 else r)
    except Exception as e:
        print(type(e).__name__, e)


print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)
show(int, "1" * 4300)
show(int, "1" * 4301)
show(int, " -" + "1" * 4300 + " ")
show(int, "1_" * 4300 + "1")
show(str, 10 ** 4299)
show(str, 10 ** 4300)
show(repr, -(10 ** 4300))
show(format, 10 ** 4300, "d")
show(format, 10 ** 4300, ",")
show(lambda: "%d" % 10 ** 4300)
show(lambda: f"{10 ** 4300}")
show(lambda: len(hex(10 ** 4300)))
show(int, "1" * 5000, 16)
show(int, "1" * 5000, 2)
show(int, "1" * 5000, 32)
show(int, "z" * 4301, 36)
show(int, "1" * 4301, 3)
show(int, "0x" + "f" * 5000, 0)
show(int, "1" * 5000 + "x")
show(int, b"1" * 4301)

sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
show(int, "1" * 641)
show(str, 10 ** 640)
sys.set_int_max_str_digits(maxdigits=0)
print(sys.get_int_max_str_digits())
show(int, "7" * 20000)
show(str, 10 ** 20000)
for bad in (1, 639, -1):
    show(sys.set_int_max_str_digits, bad)
show(sys.set_int_max_str_digits)
show(sys.set_int_max_str_digits, 1000, 2)
show(sys.set_int_max_str_digits, "1000")
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)


class Sub(int):
    pass


show(Sub, "1" * 4301)
show(str, Sub(10 ** 4300))
