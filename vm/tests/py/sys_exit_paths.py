# sys.exit: SystemExit's code, caught and inspected.
import sys

for args in [(), (0,), (3,), ("message",), (None,), ((1, 2),)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, isinstance(e, BaseException), isinstance(e, Exception))


def cleanup():
    try:
        sys.exit("bye")
    finally:
        print("finally runs")


try:
    cleanup()
except SystemExit as e:
    print("caught", e)
try:
    exit(4)
except SystemExit as e:
    print("builtin exit", e.code)
try:
    quit()
except SystemExit as e:
    print("quit", e.code)
