# os.environ, os.getenv, os.putenv and the os constants.
import os

print(os.name, os.sep, os.pathsep, repr(os.linesep), os.devnull)
print(type(os.environ).__name__, "PATH" in os.environ, "NO_SUCH_VAR_XYZ" in os.environ)
print(os.environ["PATH"] == os.getenv("PATH"), os.environ.get("NO_SUCH_VAR_XYZ"))
print(os.getenv("NO_SUCH_VAR_XYZ"), os.getenv("NO_SUCH_VAR_XYZ", "dflt"))
print(os.environ.get("NO_SUCH_VAR_XYZ", 5))
try:
    os.environ["NO_SUCH_VAR_XYZ"]
except KeyError as e:
    print(type(e).__name__, e)
os.environ["MINNOW_TEST_VAR"] = "value 1"
print(os.environ["MINNOW_TEST_VAR"], os.getenv("MINNOW_TEST_VAR"), "MINNOW_TEST_VAR" in os.environ)
print("MINNOW_TEST_VAR" in list(os.environ), ("MINNOW_TEST_VAR", "value 1") in os.environ.items())
print(os.environ.setdefault("MINNOW_TEST_VAR", "other"), os.environ.setdefault("MINNOW_OTHER", "set"))
print(os.environ.pop("MINNOW_OTHER"), os.environ.pop("MINNOW_OTHER", "gone"))
del os.environ["MINNOW_TEST_VAR"]
print(os.getenv("MINNOW_TEST_VAR"))
try:
    del os.environ["MINNOW_TEST_VAR"]
except KeyError as e:
    print(type(e).__name__, e)
for key, value in [(1, "x"), ("K", 2)]:
    try:
        os.environ[key] = value
    except TypeError as e:
        print(type(e).__name__, e)
os.environ.update({"MINNOW_A": "1"}, MINNOW_B="2")
print(os.environ["MINNOW_A"], os.environ["MINNOW_B"])
copy = os.environ.copy()
print(type(copy).__name__, copy["MINNOW_A"], len(copy) == len(os.environ))
print(all(isinstance(k, str) and isinstance(v, str) for k, v in os.environ.items()))
print(sorted(k for k in os.environ if k.startswith("MINNOW_")))
print(type(os.getpid()).__name__, os.getpid() > 0)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.F_OK)
print(os.error is OSError, os.strerror(2))
print(os.get_exec_path() == os.environ["PATH"].split(":"))
