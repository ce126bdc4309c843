# exec() and eval() of a code object that needs a closure are refused.
def outer(x):
    return lambda: x + 1


def two(a, b):
    def inner():
        return a + b
    return inner


for code in (outer(3).__code__, two(1, 2).__code__):
    for run in (eval, exec):
        try:
            run(code, {})
        except TypeError as e:
            print(run.__name__, "TypeError:", e)
print(eval((lambda: 5).__code__), exec(compile("y = 2", "<s>", "exec"), {}))
