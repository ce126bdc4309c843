# __setstate__ and __reduce__ of the builtin iterators: sequence iterators
# take only ints (no __index__), range iterators take any index and count
# from the range's first value, reversed ranges included; errors as CPython.


class I:
    def __index__(self):
        return 1


makers = [
    ("list", lambda: iter([1, 2, 3])),
    ("reversed", lambda: reversed([1, 2, 3])),
    ("tuple", lambda: iter((1, 2, 3))),
    ("str", lambda: iter("abc")),
    ("range", lambda: iter(range(5))),
    ("range_step", lambda: iter(range(10, 0, -3))),
    ("reversed_range", lambda: reversed(range(2, 12, 4))),
    ("empty_reversed_range", lambda: reversed(range(0))),
    ("big_range", lambda: iter(range(10 ** 20, 10 ** 20 + 6, 2))),
]
for name, make in makers:
    for state in (I(), 1.0, True, -5, 10 ** 30, 2, 100):
        if name == "big_range" and isinstance(state, (I, float)):
            # CPython's longrange_iterator stores such a state unchecked.
            continue
        it = make()
        try:
            it.__setstate__(state)
            print(name, repr(state)[:12], "->", list(it))
        except Exception as e:
            print(name, repr(state)[:12], type(e).__name__, e)

for name, make in makers:
    it = make()
    first = next(it, None)
    fn, args, *state = it.__reduce__()
    print(name, fn.__name__, args, state, first)
    again = fn(*args)
    if state:
        again.__setstate__(state[0])
    print("  rebuilt:", list(again), "original:", list(it))

it = iter(range(3, 30, 3))
for _ in range(4):
    next(it)
it.__setstate__(1)
print("rewound:", list(it))
it = iter(range(3))
list(it)
print(it.__reduce__())
