# Ends with an uncaught exception: exit status 1, traceback on stderr.
print("before the error")


def fail(n):
    if n == 0:
        raise ValueError("uncaught on purpose")
    return fail(n - 1)


try:
    fail(2)
except KeyError:
    print("wrong handler, not taken")
finally:
    print("finally runs before the interpreter exits")
print("never printed")
