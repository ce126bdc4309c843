def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
    print(isinstance(e, RuntimeError))


def mutual_a(n):
    return mutual_b(n + 1)


def mutual_b(n):
    return mutual_a(n + 1)


try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__)


class Loop:
    def __getattr__(self, name):
        return self.missing


try:
    Loop().anything
except RecursionError as e:
    print("getattr loop:", type(e).__name__)


class ReprLoop:
    def __repr__(self):
        return repr(self)


try:
    repr(ReprLoop())
except RecursionError as e:
    print("repr loop:", type(e).__name__)


# the interpreter is usable again after recovering
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(depth(500))
count = 0


def counting():
    global count
    count += 1
    counting()


try:
    counting()
except RecursionError:
    print("recursed more than 100 times:", count > 100)
