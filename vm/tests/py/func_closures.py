def make_multiplier(n):
    def mul(x):
        return x * n
    return mul


double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5), double(triple(2)))


def make_accumulator():
    total = 0
    history = []

    def acc(x):
        nonlocal total
        total += x
        history.append(total)
        return total, list(history)
    return acc


a = make_accumulator()
print(a(1))
print(a(10))
b = make_accumulator()
print(b(100), a(0))

# late binding: closures see the latest value of the variable


def late():
    fns = []
    for i in range(3):
        def f():
            return i
        fns.append(f)
    return [fn() for fn in fns]


print(late())


def early():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return [fn() for fn in fns]


print(early())


def counter_pair():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n

    def dec():
        nonlocal n
        n -= 1
        return n
    return inc, dec


inc, dec = counter_pair()
print(inc(), inc(), dec(), inc())

# three levels deep


def lvl1(a):
    def lvl2(b):
        def lvl3(c):
            return a + b + c
        return lvl3
    return lvl2


print(lvl1(1)(10)(100))
print(double.__closure__ is not None, len(double.__closure__), double.__closure__[0].cell_contents)


def no_closure():
    return 1


print(no_closure.__closure__)
