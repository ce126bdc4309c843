# os: the file system. getcwd, listdir, mkdir, rmdir, rename, remove, stat,
# and os.path's questions about files.
import os

BASE = f"tmp_os_files_{os.getpid()}"

cwd = os.getcwd()
print(os.path.isabs(cwd), os.path.isdir(cwd), type(cwd).__name__)
print(os.path.exists(BASE), os.path.isdir(BASE), os.path.isfile(BASE))
os.mkdir(BASE)
print(os.path.exists(BASE), os.path.isdir(BASE), os.path.isfile(BASE))
print(os.listdir(BASE))
for name in ["b.txt", "a.txt", "c.dat"]:
    with open(os.path.join(BASE, name), "w") as f:
        f.write(name * 3)
print(sorted(os.listdir(BASE)))
print(os.path.getsize(os.path.join(BASE, "a.txt")))
st = os.stat(os.path.join(BASE, "a.txt"))
print(type(st).__name__, st.st_size, st[6], len(st), st.st_mode & 0o170000 == 0o100000)
print(isinstance(st.st_mtime, float), os.path.getmtime(os.path.join(BASE, "a.txt")) == st.st_mtime)
os.rename(os.path.join(BASE, "c.dat"), os.path.join(BASE, "d.dat"))
print(sorted(os.listdir(BASE)))
os.mkdir(os.path.join(BASE, "sub"))
print(sorted(os.listdir(BASE)), os.path.isdir(os.path.join(BASE, "sub")))
os.makedirs(os.path.join(BASE, "deep", "er", "est"))
os.makedirs(os.path.join(BASE, "deep", "er"), exist_ok=True)
print(sorted(os.listdir(os.path.join(BASE, "deep", "er"))))
for top, dirs, files in sorted(os.walk(BASE)):
    print(top.replace(BASE, "BASE"), sorted(dirs), sorted(files))


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == args[0])


show(os.mkdir, BASE)
show(os.makedirs, BASE)
show(os.rmdir, BASE)
show(os.remove, os.path.join(BASE, "sub"))
show(os.listdir, os.path.join(BASE, "a.txt"))
show(os.listdir, "no_such_dir_here")
show(os.stat, "no_such_file_here")
show(os.rename, "no_such_file_here", "other")
show(os.unlink, "no_such_file_here")
show(os.rmdir, "no_such_dir_here")
try:
    os.rename("no_such_file_here", "other_name")
except FileNotFoundError as e:
    print(e)

for name in ["a.txt", "b.txt", "d.dat"]:
    os.remove(os.path.join(BASE, name))
os.rmdir(os.path.join(BASE, "sub"))
os.removedirs(os.path.join(BASE, "deep", "er", "est"))
print(os.path.exists(BASE))
print(os.path.exists(""), os.path.isdir(""), os.path.exists("."), os.path.lexists("."))
try:
    os.listdir(5.5)
except TypeError as e:
    print(type(e).__name__)
print(os.listdir() == os.listdir("."), "module_os_files.py" in os.listdir())
