def make_counter():
    count = 0

    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc


c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(5), c2())


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    r = middle()
    return r, x


print(outer())


def skip_level():
    x = 1

    def middle():
        def inner():
            nonlocal x
            x += 10
        inner()
        inner()
    middle()
    return x


print(skip_level())


def closure_sees_later_assignment():
    def get():
        return value
    value = "assigned after def"
    return get()


print(closure_sees_later_assignment())


def shared_cell():
    items = []

    def add(x):
        items.append(x)

    def get():
        return list(items)
    return add, get


add, get = shared_cell()
add(1)
add(2)
print(get())


def free_unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 5
    return inner()


print(free_unbound())
