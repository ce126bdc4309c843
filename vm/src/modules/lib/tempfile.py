"""Temporary files and directories: made with names no other file has,
readable and writable only by their owner, and removed when closed (files)
or cleaned up (directories)."""

import io as _io
import os as _os
import shutil as _shutil
from random import Random as _Random

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL


class _RandomNameSequence:
    """An endless supply of 8-character names from [a-z0-9_]."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    def __init__(self):
        self._rng = _Random()

    def __iter__(self):
        return self

    def __next__(self):
        return "".join(self._rng.choice(self.characters) for _ in range(8))


_name_sequence = None


def _names():
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _candidate_tempdirs():
    dirs = []
    for name in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(name)
        if value:
            dirs.append(value)
    dirs.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        dirs.append(_os.getcwd())
    except OSError:
        dirs.append(_os.curdir)
    return dirs


def _find_tempdir():
    names = _names()
    for directory in _candidate_tempdirs():
        if directory != _os.curdir:
            directory = _os.path.abspath(directory)
        for _ in range(100):
            filename = _os.path.join(directory, next(names))
            try:
                fd = _os.open(filename, _CREATE_FLAGS, 0o600)
            except FileExistsError:
                continue
            except OSError:
                break
            try:
                _os.write(fd, b"blat")
            finally:
                _os.close(fd)
                _os.unlink(filename)
            return directory
    raise FileNotFoundError(2, "No usable temporary directory found in %s"
                            % _candidate_tempdirs())


def gettempprefix():
    """The prefix of the names made here: 'tmp'."""
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    """The directory temporary files go to: TMPDIR, TEMP or TMP from the
    environment, else /tmp, /var/tmp, /usr/tmp or the current directory,
    whichever first accepts a file."""
    global tempdir
    if tempdir is None:
        tempdir = _find_tempdir()
    return tempdir


def gettempdirb():
    return gettempdir().encode()


def _sanitize(prefix, suffix, dir):
    kinds = {type(a) for a in (prefix, suffix, dir) if a is not None}
    if len(kinds) > 1:
        raise TypeError("Can't mix bytes and non-bytes in path components.")
    output_type = kinds.pop() if kinds else str
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else template.encode()
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


def _join(dir, prefix, name, suffix, output_type):
    if output_type is bytes:
        name = name.encode()
    return _os.path.join(dir, prefix + name + suffix)


def _make_file(dir, prefix, suffix, flags, output_type):
    names = _names()
    for _ in range(TMP_MAX):
        path = _join(dir, prefix, next(names), suffix, output_type)
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary file name found")


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Makes a new file, readable and writable only by its owner, and
    returns (an open OS-level descriptor, its absolute path). The caller
    closes and removes it."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    return _make_file(dir, prefix, suffix, _CREATE_FLAGS, output_type)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory, usable only by its owner, and returns its
    absolute path. The caller removes it."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    names = _names()
    for _ in range(TMP_MAX):
        path = _join(dir, prefix, next(names), suffix, output_type)
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(path)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name no file has now (not safe: another may take it before use)."""
    if dir is None:
        dir = gettempdir()
    names = _names()
    for _ in range(TMP_MAX):
        path = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.exists(path):
            return path
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file object with a `name`, deleted when closed (if `delete`);
    every other attribute is the file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__["file"], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        for line in self.file:
            yield line

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __repr__(self):
        return "<tempfile._TemporaryFileWrapper file=%r>" % (self.file,)


def NamedTemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (`.name`), removed when closed
    unless delete is false."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, _CREATE_FLAGS, output_type)
    try:
        file = _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.unlink(name)
        _os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode="w+b", buffering=-1, encoding=None, newline=None,
                  suffix=None, prefix=None, dir=None, *, errors=None):
    """A temporary file without a name: it is removed from its directory
    at once and disappears when closed."""
    prefix, suffix, dir, output_type = _sanitize(prefix, suffix, dir)
    fd, name = _make_file(dir, prefix, suffix, _CREATE_FLAGS, output_type)
    try:
        _os.unlink(name)
        return _io.open(fd, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors)
    except BaseException:
        _os.close(fd)
        raise


class SpooledTemporaryFile(_io.IOBase):
    """A temporary file kept in memory until it grows past `max_size` (or
    fileno() is asked for), then moved to a real TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode="w+b", buffering=-1, encoding=None,
                 newline=None, suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.StringIO(newline="\n")
        self._max_size = max_size
        self._rolled = False
        self._args = {"mode": mode, "buffering": buffering, "suffix": suffix,
                      "prefix": prefix, "encoding": encoding, "newline": newline,
                      "dir": dir, "errors": errors}

    def _check(self, file):
        if self._rolled:
            return
        if self._max_size and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        memory = self._file
        file = TemporaryFile(**self._args)
        file.write(memory.getvalue())
        file.seek(memory.tell(), 0)
        self._file = file
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._args["mode"]

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        file = self._file
        written = file.write(s)
        self._check(file)
        return written

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()


class TemporaryDirectory:
    """A temporary directory, removed with everything in it by cleanup()
    or at the end of a `with` block; the block gets its name."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors

    def __repr__(self):
        return "<%s %r>" % (type(self).__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if _os.path.exists(self.name):
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
