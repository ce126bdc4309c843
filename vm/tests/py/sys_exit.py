import sys
for args in [(), (0,), (3,), ("message",), (None,), (True,)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code), "args:", e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly:", e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)


def cleanup_runs():
    try:
        sys.exit(2)
    finally:
        print("finally runs during sys.exit")


try:
    cleanup_runs()
except SystemExit as e:
    print("code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
print("still running")
