"""os.path for POSIX: path names as strings (or bytes) joined by '/', and
the questions about files (exists, isdir, ...) answered by stat()."""

import _os

__all__ = [
    "join", "split", "splitext", "splitdrive", "normcase", "basename", "dirname", "isabs",
    "normpath", "abspath", "realpath", "relpath", "commonprefix", "commonpath",
    "exists", "lexists", "isfile", "isdir", "islink", "getsize", "getmtime",
    "getatime", "getctime", "expanduser", "sep", "curdir", "pardir", "extsep",
    "altsep", "pathsep", "defpath", "devnull",
]

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _fspath(p, func):
    if isinstance(p, (str, bytes)):
        return p
    try:
        method = type(p).__fspath__
    except AttributeError:
        raise TypeError(
            f"{func}() argument must be str, bytes, or os.PathLike object, "
            f"not '{type(p).__name__}'"
        ) from None
    return method(p)


def _expected_str_or_bytes(p):
    if isinstance(p, (str, bytes)):
        return p
    try:
        method = type(p).__fspath__
    except AttributeError:
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(p).__name__}"
        ) from None
    return method(p)


def _seps(p):
    """The separator, current and parent names in p's type."""
    if isinstance(p, bytes):
        return b"/", b".", b".."
    return "/", ".", ".."


def isabs(s):
    s = _expected_str_or_bytes(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    """Joins path components with '/'; an absolute component discards
    everything before it."""
    a = _expected_str_or_bytes(a)
    slash = _seps(a)[0]
    path = a
    for b in p:
        b = _fspath(b, "join")
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path = path + b
        else:
            path = path + slash + b
    return path


def split(p):
    """(head, tail): tail is what follows the last '/', head is the rest
    without its trailing slashes (unless it is only slashes)."""
    p = _expected_str_or_bytes(p)
    slash = _seps(p)[0]
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the final
    component, unless that dot only begins the name (as in '.bashrc')."""
    p = _expected_str_or_bytes(p)
    if isinstance(p, bytes):
        slash, dot = b"/", b"."
    else:
        slash, dot = "/", "."
    last_sep = p.rfind(slash)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        name_start = last_sep + 1
        if p[name_start:last_dot].strip(dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = _expected_str_or_bytes(p)
    return p[:0], p


def normcase(s):
    """POSIX paths are case-sensitive: the path itself."""
    return _expected_str_or_bytes(s)


def basename(p):
    p = _expected_str_or_bytes(p)
    return p[p.rfind(_seps(p)[0]) + 1 :]


def dirname(p):
    p = _expected_str_or_bytes(p)
    slash = _seps(p)[0]
    head = p[: p.rfind(slash) + 1]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head


def normpath(path):
    """Collapses redundant separators and '.' and resolves '..' textually."""
    path = _expected_str_or_bytes(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        return dot
    leading = 0
    if path.startswith(slash):
        # POSIX gives two leading slashes a meaning of their own; three or
        # more are one.
        leading = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    parts = []
    for part in path.split(slash):
        if not part or part == dot:
            continue
        if part == dotdot:
            if parts and parts[-1] != dotdot:
                parts.pop()
                continue
            if leading:
                continue
        parts.append(part)
    result = slash * leading + slash.join(parts)
    return result or dot


def abspath(path):
    path = _expected_str_or_bytes(path)
    if not isabs(path):
        cwd = _os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(path, *, strict=False):
    return abspath(path)


def relpath(path, start=None):
    """path relative to start (the current directory by default)."""
    path = _expected_str_or_bytes(path)
    slash, dot, dotdot = _seps(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = dot
    start_parts = [x for x in abspath(start).split(slash) if x]
    path_parts = [x for x in abspath(path).split(slash) if x]
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    parts = [dotdot] * (len(start_parts) - common) + path_parts[common:]
    if not parts:
        return dot
    return join(*parts)


def commonprefix(m):
    if not m:
        return ""
    low = min(m)
    high = max(m)
    for i, c in enumerate(low):
        if c != high[i]:
            return low[:i]
    return low


def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = [_expected_str_or_bytes(p) for p in paths]
    slash, dot, _ = _seps(paths[0])
    absolute = {p.startswith(slash) for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split(slash) if c and c != dot] for p in paths]
    low = min(split_paths)
    high = max(split_paths)
    common = low
    for i, c in enumerate(low):
        if c != high[i]:
            common = low[:i]
            break
    prefix = slash if paths[0].startswith(slash) else paths[0][:0]
    return prefix + slash.join(common)


def _mode(path, follow=True):
    try:
        st = _os.stat(path) if follow else _os.lstat(path)
    except (OSError, ValueError):
        return None
    return st[0]


def exists(path):
    return _mode(path) is not None


def lexists(path):
    return _mode(path, follow=False) is not None


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def islink(path):
    mode = _mode(path, follow=False)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def getsize(filename):
    return _os.stat(filename)[6]


def getatime(filename):
    return _os.stat(filename)[10]


def getmtime(filename):
    return _os.stat(filename)[11]


def getctime(filename):
    return _os.stat(filename)[12]


def expanduser(path):
    """Replaces a leading '~' with the home directory ($HOME)."""
    path = _expected_str_or_bytes(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    slash = _seps(path)[0]
    i = path.find(slash, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _os.environ.get("HOME")
    if home is None:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    home = home.rstrip(slash)
    return (home + path[i:]) or slash
