"""Operating system interfaces: files and directories, the environment, and
os.path (posixpath). The system calls are in the native module _os."""

import sys
import _os
from _os import (
    open, close, read, write, lseek, ftruncate, isatty, getcwd, chdir,
    listdir, remove, unlink, rmdir, mkdir, rename, getpid, strerror,
    chmod, readlink, symlink, utime, urandom,
    O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND,
)
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


def getcwdb():
    return getcwd().encode()


def fspath(path):
    """The str or bytes of a path: itself, or what its __fspath__ gives."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        method = type(path).__fspath__
    except AttributeError:
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(path).__name__}"
        ) from None
    result = method(path)
    if not isinstance(result, (str, bytes)):
        raise TypeError(
            f"expected {type(path).__name__}.__fspath__() to return str or bytes, "
            f"not {type(result).__name__}"
        )
    return result


class PathLike:
    """A class whose instances give a path through __fspath__."""

    def __fspath__(self):
        raise NotImplementedError


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")


class stat_result(tuple):
    """The result of stat(): ten items, and the same fields by name (the
    times by name are floats)."""

    def __new__(cls, values):
        self = tuple.__new__(cls, values[:10])
        self._times = values[10:13]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])

    def __repr__(self):
        fields = [f"{n}={v}" for n, v in zip(_STAT_FIELDS, self)]
        fields += [f"{n}={v}" for n, v in zip(("st_atime", "st_mtime", "st_ctime"), self[7:])]
        return "os.stat_result(" + ", ".join(fields) + ")"


stat_result.__module__ = "os"


def stat(path, *, follow_symlinks=True):
    if isinstance(path, int):
        return stat_result(_os.fstat(path))
    if follow_symlinks:
        return stat_result(_os.stat(path))
    return stat_result(_os.lstat(path))


def lstat(path):
    return stat_result(_os.lstat(path))


def fstat(fd):
    return stat_result(_os.fstat(fd))


def access(path, mode):
    """Whether the file exists (F_OK) and its permission bits allow what
    `mode` asks (R_OK, W_OK, X_OK) for some class of user; the process's
    own ids are not consulted."""
    try:
        st_mode = _os.stat(path)[0]
    except OSError:
        return False
    for wanted, bits in ((R_OK, 0o444), (W_OK, 0o222), (X_OK, 0o111)):
        if mode & wanted and not st_mode & bits:
            return False
    return True


class DirEntry:
    """One entry of scandir(): its name, path and file type."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = lstat(self.path)
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode_is(self, kind, follow_symlinks):
        try:
            mode = self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return False
        return mode & 0o170000 == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._mode_is(0o120000, False)


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of a directory."""
    return _ScandirIterator(fspath(path))


def replace(src, dst):
    """Renames src to dst, replacing dst if it exists."""
    rename(src, dst)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode, exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for top and each directory
    below it, parents first unless topdown is false."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    files = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            files.append(entry)
    if topdown:
        yield top, dirs, files
    for d in dirs:
        sub = path.join(top, d)
        if followlinks or not path.islink(sub):
            yield from walk(sub, topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, files


def _str_value(value):
    if not isinstance(value, str):
        raise TypeError(f"str expected, not {type(value).__name__}")
    return value


class _Environ:
    """os.environ: the process environment as a mapping of str to str.
    Changes go to the environment of the process too."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        _str_value(key)
        _str_value(value)
        _os.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        _str_value(key)
        if key not in self._data:
            raise KeyError(key)
        _os.unsetenv(key)
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return "environ({" + items + "})"

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _missing = object()

    def pop(self, key, default=_missing):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._missing:
            raise KeyError(key)
        return default

    def update(self, other=(), **kwargs):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def __or__(self, other):
        merged = dict(self._data)
        merged.update(other)
        return merged

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(_os.environ)


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def putenv(key, value):
    _os.putenv(key, value)


def unsetenv(key):
    _os.unsetenv(key)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)
