# OSError and its subclasses: errno mapping, args, str with one and two file names.
for args in [(2, "No such file or directory"), (2, "No such file or directory", "f.txt"),
             (13, "Permission denied", "p"), (17, "File exists", "e"), (21, "Is a directory", "d"),
             (20, "Not a directory", "n"), (99, "Other", "o"), ("just a message",), ()]:
    e = OSError(*args)
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))
e = OSError(2, "No such file or directory", "a", None, "b")
print(type(e).__name__, e.filename, e.filename2, e.args, str(e))
e = FileNotFoundError("plain")
print(e.errno, e.args, str(e))
print(issubclass(FileNotFoundError, OSError), IOError is OSError, EnvironmentError is OSError)
try:
    raise PermissionError(1, "Operation not permitted")
except OSError as e:
    print(type(e).__name__, e)
try:
    open("definitely_missing_file.txt")
except OSError as e:
    print(type(e).__name__, e.errno, e.args, e.filename2)
