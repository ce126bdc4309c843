"""File operations above os: copying files with their permissions and
times, copying and removing whole trees, moving, and finding programs."""

import os
import stat
import sys

__all__ = [
    "copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2", "copytree",
    "move", "rmtree", "Error", "SpecialFileError", "ExecError", "which",
    "ignore_patterns", "SameFileError", "get_terminal_size", "disk_usage", "chown",
    "make_archive", "unpack_archive", "get_archive_formats", "get_unpack_formats",
]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when copying a special file (a named pipe, a socket, ...)."""


class ExecError(OSError):
    """Raised when a command could not be run."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when registering an archive format fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies the rest of the file object fsrc to fdst, in pieces."""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    if isinstance(src, os.DirEntry):
        src = src.path
    try:
        a = os.stat(src)
        b = os.stat(dst)
    except OSError:
        return os.path.normcase(os.path.abspath(src)) == os.path.normcase(os.path.abspath(dst))
    return a.st_ino == b.st_ino and a.st_dev == b.st_dev


def _is_fifo(path):
    try:
        return stat.S_ISFIFO(os.stat(path).st_mode)
    except OSError:
        return False


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of src to the file dst (made or replaced);
    returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    for name in (src, dst):
        if _is_fifo(name):
            raise SpecialFileError("`%s` is a named pipe" % name)
    if not follow_symlinks and os.path.islink(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as fsrc:
        with open(dst, "wb") as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    mode = stat.S_IMODE(os.stat(src).st_mode)
    os.chmod(dst, mode)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits and the access and modification times
    of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        return
    st = os.stat(src)
    os.utime(dst, (st.st_atime, st.st_mtime))
    os.chmod(dst, stat.S_IMODE(st.st_mode))


def _into_directory(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copies the file src to dst (a file, or a directory to copy into)
    with its permission bits; returns the new file's path."""
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy(), keeping the times as well."""
    dst = _into_directory(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def _fnmatch(name, pattern):
    """Shell-style matching: * ? [seq] [!seq]."""
    n, p = len(name), len(pattern)

    def match(i, j):
        while j < p:
            c = pattern[j]
            if c == "*":
                while j < p and pattern[j] == "*":
                    j += 1
                if j == p:
                    return True
                return any(match(k, j) for k in range(i, n + 1))
            if i >= n:
                return False
            if c == "?":
                i += 1
                j += 1
                continue
            if c == "[":
                end = pattern.find("]", j + 2 if j + 1 < p and pattern[j + 1] == "!" else j + 1)
                if end >= 0:
                    body = pattern[j + 1:end]
                    negate = body.startswith("!")
                    if negate:
                        body = body[1:]
                    found = False
                    k = 0
                    while k < len(body):
                        if k + 2 < len(body) and body[k + 1] == "-":
                            if body[k] <= name[i] <= body[k + 2]:
                                found = True
                            k += 3
                        else:
                            if body[k] == name[i]:
                                found = True
                            k += 1
                    if found == negate:
                        return False
                    i += 1
                    j = end + 1
                    continue
            if name[i] != c:
                return False
            i += 1
            j += 1
        return i == n

    return match(0, 0)


def ignore_patterns(*patterns):
    """An `ignore` for copytree(): the names matching any of the
    shell-style patterns."""
    def _ignore_patterns(path, names):
        return {name for name in names if any(_fnmatch(name, p) for p in patterns)}
    return _ignore_patterns


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless
    dirs_exist_ok); returns dst. Errors are collected and raised together
    as Error at the end."""
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname):
                target = os.readlink(srcname)
                if symlinks:
                    os.symlink(target, dstname)
                    continue
                if not os.path.exists(srcname):
                    if ignore_dangling_symlinks:
                        continue
                    raise FileNotFoundError(2, "No such file or directory", srcname)
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    try:
        copystat(src, dst)
    except OSError as why:
        errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes the directory `path` and everything below it. With
    ignore_errors, failures are ignored; otherwise onerror(function, path,
    exc_info) is called for each, or the first is raised."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        onerror(os.lstat, path, sys.exc_info())
        return
    try:
        if stat.S_ISLNK(mode):
            raise OSError("Cannot call rmtree on a symbolic link")
    except OSError:
        onerror(os.path.islink, path, sys.exc_info())
        return
    _rmtree_inside(path, onerror)


def _rmtree_inside(path, onerror):
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, sys.exc_info())
        names = []
    for name in names:
        full = os.path.join(path, name)
        try:
            mode = os.lstat(full).st_mode
        except OSError:
            mode = 0
        if stat.S_ISDIR(mode):
            _rmtree_inside(full, onerror)
        else:
            try:
                os.unlink(full)
            except OSError:
                onerror(os.unlink, full, sys.exc_info())
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = False


def _basename(path):
    return os.path.basename(path.rstrip(os.sep))


def _destination_inside(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith(os.sep):
        src += os.sep
    if not dst.endswith(os.sep):
        dst += os.sep
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Moves a file or directory tree to dst (into it if it is a
    directory): a rename when possible, else a copy and a removal.
    Returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            os.symlink(os.readlink(src), real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destination_inside(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


def _is_executable_file(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The path of the program `cmd` as the shell would find it on PATH
    (or `path`); None if there is none."""
    if os.path.dirname(cmd):
        if _is_executable_file(cmd, mode):
            return cmd
        return None
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            path = os.defpath
    if not path:
        return None
    seen = set()
    for directory in path.split(os.pathsep):
        normal = os.path.normcase(directory)
        if normal in seen:
            continue
        seen.add(normal)
        name = os.path.join(directory, cmd)
        if _is_executable_file(name, mode):
            return name
    return None


class _TerminalSize(tuple):
    def __new__(cls, values):
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from COLUMNS and LINES, else `fallback`."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ["LINES"])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return _TerminalSize((columns, lines))


def disk_usage(path):
    """Not available: the file system's sizes cannot be asked for."""
    raise NotImplementedError("disk_usage is not available")


def chown(path, user=None, group=None):
    """Not available: file ownership cannot be changed."""
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    raise NotImplementedError("chown is not available")


def get_archive_formats():
    return []


def get_unpack_formats():
    return []


def make_archive(base_name, format, *args, **kwargs):
    raise ValueError("unknown archive format '%s'" % format)


def unpack_archive(filename, extract_dir=None, format=None):
    raise ReadError("Unknown archive format '{0}'".format(filename))
