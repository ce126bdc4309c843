import os.path as p
print(p.join("a", "b", "c"), p.join("/a", "/b"), p.join("a", ""), p.join("", "x"), p.join("a/", "b"))
print(p.split("/a/b/c.txt"), p.split("c"), p.split("/"), p.split("a/"), p.splitext("x.tar.gz"), p.splitext(".bashrc"), p.splitext("a/b.c/d"))
print(p.basename("/a/b/"), p.basename("/a/b"), p.dirname("/a/b"), p.dirname("b"), p.dirname("/"), p.isabs("/x"), p.isabs("x"))
print(p.normpath("/a/./b/../c//d/"), p.normpath(""), p.normpath("../x/.."), p.normpath("//a"), p.normpath("///a"), p.normpath("a/../.."))
print(p.commonprefix(["/usr/lib", "/usr/local"]), p.commonprefix([]), p.commonpath(["/usr/lib", "/usr/local"]), p.relpath("/a/b/c", "/a"), p.relpath("/a", "/a/b/c"))
print(p.splitdrive("/x/y"), p.expanduser("nochange"), p.sep, p.extsep, p.curdir, p.pardir, p.normcase("AbC"))
print(p.exists("."), p.isdir("."), p.isfile("."), p.exists("/definitely/not/here"), p.abspath("/x/../y"))
for call in [lambda: p.join("a", 5), lambda: p.commonpath([]), lambda: p.commonpath(["/a", "b"]), lambda: p.basename(None)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
