counter = 0


def increment():
    global counter
    counter += 1
    return counter


increment()
increment()
print(counter)


def create_global():
    global created
    created = "made inside function"


try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)
create_global()
print(created)


def read_only():
    return counter * 10


print(read_only())


def shadow():
    counter = 99
    return counter


print(shadow(), counter)


def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1


unbound()


def nested_global():
    def inner():
        global counter
        counter = 1000
    inner()


nested_global()
print(counter)

for_global_target = None


def loop_global():
    global for_global_target
    for for_global_target in range(4):
        pass


loop_global()
print(for_global_target)
