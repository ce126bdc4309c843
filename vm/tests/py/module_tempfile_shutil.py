# tempfile and shutil (with stat and os.scandir): temporary files and
# directories, copying with permissions and times, trees, moves, removal.
import os
import shutil
import stat
import tempfile


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, "<tmp>"))


def names(path):
    return sorted(os.listdir(path))


def mode(path):
    return oct(stat.S_IMODE(os.stat(path).st_mode))


print(tempfile.gettempprefix(), tempfile.gettempdir() == tempfile.gettempdir())
print(os.path.isabs(tempfile.gettempdir()), os.path.isdir(tempfile.gettempdir()))

holder = tempfile.TemporaryDirectory(prefix="pre_", suffix="_suf")
base = holder.name
print(repr(holder) == "<TemporaryDirectory %r>" % base)
print(os.path.basename(base).startswith("pre_"), base.endswith("_suf"), mode(base))

with tempfile.TemporaryDirectory(dir=base) as inner:
    print(os.path.dirname(inner) == base, os.path.isdir(inner), len(os.path.basename(inner)))
    open(os.path.join(inner, "f"), "w").close()
    os.mkdir(os.path.join(inner, "d"))
print(os.path.exists(inner))

fd, path = tempfile.mkstemp(suffix=".dat", prefix="m_", dir=base)
print(isinstance(fd, int), path.endswith(".dat"), os.path.basename(path).startswith("m_"),
      mode(path))
os.write(fd, b"payload")
os.close(fd)
print(os.path.getsize(path))
made = tempfile.mkdtemp(dir=base)
print(os.path.isdir(made), mode(made), os.path.dirname(made) == base)
show(lambda: tempfile.mkdtemp(prefix=b"x", suffix="y"))

with tempfile.NamedTemporaryFile("w+", dir=base, suffix=".txt") as named:
    named.write("line one\nline two\n")
    named.seek(0)
    print(named.readline(), list(named), named.name.endswith(".txt"), os.path.exists(named.name))
    kept = named.name
print(os.path.exists(kept), named.closed)
keep = tempfile.NamedTemporaryFile(dir=base, delete=False)
keep.write(b"kept")
keep.close()
print(os.path.exists(keep.name), open(keep.name, "rb").read())
os.unlink(keep.name)

with tempfile.TemporaryFile(dir=base) as unnamed:
    unnamed.write(b"abc")
    unnamed.seek(0)
    print(unnamed.read())
print(names(base) == sorted([os.path.basename(path), os.path.basename(made)]))

spooled = tempfile.SpooledTemporaryFile(max_size=5)
spooled.write(b"1234")
print(spooled._rolled)
spooled.write(b"5678")
print(spooled._rolled)
spooled.seek(0)
print(spooled.read())
spooled.close()

src = os.path.join(base, "src.txt")
with open(src, "w") as f:
    f.write("contents\n")
os.chmod(src, 0o640)
os.utime(src, (1000000000, 1000000000))
copied = shutil.copy(src, os.path.join(base, "copy.txt"))
print(os.path.basename(copied), open(copied).read(), mode(copied))
print(os.stat(copied).st_mtime == 1000000000)
copied2 = shutil.copy2(src, made)
print(os.path.basename(copied2), mode(copied2), os.stat(copied2).st_mtime)
target = shutil.copyfile(src, os.path.join(base, "plain.txt"))
print(os.path.basename(target), open(target).read())
show(lambda: shutil.copyfile(src, src))
show(lambda: shutil.copyfile(os.path.join(base, "missing"), target))
show(lambda: shutil.copy(src, os.path.join(base, "no", "such", "dir")))

tree = os.path.join(base, "tree")
os.makedirs(os.path.join(tree, "a", "b"))
for name in ("x.py", "y.txt", os.path.join("a", "z.py"), os.path.join("a", "b", "w.txt")):
    with open(os.path.join(tree, name), "w") as f:
        f.write(name)
dest = shutil.copytree(tree, os.path.join(base, "tree2"), ignore=shutil.ignore_patterns("*.txt"))
for root, dirs, files in os.walk(dest):
    print(os.path.relpath(root, base), sorted(dirs), sorted(files))
show(lambda: shutil.copytree(tree, dest))
shutil.copytree(tree, dest, dirs_exist_ok=True)
print(names(dest), names(os.path.join(dest, "a", "b")))

entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir(tree))
print(entries)
with os.scandir(tree) as it:
    print(sorted(e.name for e in it))

moved = shutil.move(os.path.join(base, "plain.txt"), os.path.join(base, "moved.txt"))
print(os.path.basename(moved), os.path.exists(os.path.join(base, "plain.txt")))
moved_into = shutil.move(moved, made)
print(os.path.relpath(moved_into, base) == os.path.join(os.path.basename(made), "moved.txt"))
moved_tree = shutil.move(dest, os.path.join(base, "tree3"))
print(os.path.basename(moved_tree), os.path.exists(dest), names(moved_tree))

shutil.rmtree(tree)
print(os.path.exists(tree))
show(lambda: shutil.rmtree(tree))
shutil.rmtree(tree, ignore_errors=True)
errors = []
shutil.rmtree(tree, onerror=lambda func, p, info: errors.append((func.__name__, info[0].__name__)))
print(errors)

print(shutil.which("sh") is not None, shutil.which("no-such-program-here"))
print(shutil.which("sh", path="") , shutil.which(src), shutil.which("src.txt", path=base))
os.chmod(src, 0o750)
print(shutil.which("src.txt", path=base) == src)
print(tuple(shutil.get_terminal_size(fallback=(100, 30))) in [(100, 30)] or True)

print(stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.filemode(0o104755))
print(stat.S_ISDIR(os.stat(base).st_mode), stat.S_ISREG(os.stat(src).st_mode), stat.S_IMODE(0o100644))
print(os.access(src, os.X_OK), os.access(src, os.R_OK), os.access(os.path.join(base, "nope"), os.F_OK))

holder.cleanup()
print(os.path.exists(base))
holder.cleanup()
