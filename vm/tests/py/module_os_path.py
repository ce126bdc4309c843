# os.path as string operations: join, split, splitext, basename, dirname,
# normpath, isabs, relpath, commonprefix, commonpath, expanduser.
import os
import os.path
import posixpath

print(os.path is posixpath, os.sep, os.path.sep, os.curdir, os.pardir, os.extsep)
for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""),
              ("a", "b/", "c"), ("/",), ("a//", "b")]:
    print(parts, os.path.join(*parts))
print(os.path.join(b"a", b"b"))
for p in ["a/b/c.txt", "/a/b/", "c.txt", "/", "", "//x", "a/b//", "///a"]:
    print(repr(p), os.path.split(p), os.path.basename(p), repr(os.path.dirname(p)))
for p in ["a.txt", "a.tar.gz", ".bashrc", "a/.hidden", "a.b/c", "noext", "..x", "a.", "x/..y.z"]:
    print(repr(p), os.path.splitext(p))
print(os.path.splitext(b"f.py"), os.path.split(b"/a/b"))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "a/b/../../..", "//a//b/", "///a",
          "a/b/c/../../d", "/.", "./", "a/.."]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.isabs(""))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a/b", "/a/b"))
print(os.path.commonprefix(["/usr/lib", "/usr/local", "/usr/libx"]), repr(os.path.commonprefix([])))
print(os.path.commonpath(["/usr/lib", "/usr/local/x"]), os.path.commonpath(["a/b", "a/c"]))
print(os.path.splitdrive("/a/b"))
home = os.environ.get("HOME")
print(os.path.expanduser("~") == home, os.path.expanduser("~/x") == home.rstrip("/") + "/x")
print(os.path.expanduser("x~"), os.path.expanduser("~other/x") == "~other/x")
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"))
print(os.path.abspath("/a/./b/../c"), os.path.abspath("/"))
print(os.path.realpath("/a/b/../c"))
for bad in [None, 5]:
    for f in [os.path.join, os.path.basename, os.path.normpath]:
        try:
            f(bad)
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    os.path.join("a", b"b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    os.path.commonpath(["/a", "b"])
except ValueError as e:
    print(type(e).__name__, e)


class P:
    def __fspath__(self):
        return "from/fspath"


print(os.path.join(P(), "x"), os.path.basename(P()), os.fspath(P()), os.fspath("s"))
try:
    os.fspath(3)
except TypeError as e:
    print(type(e).__name__, e)
