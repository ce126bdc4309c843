"""Streams: open() and the file classes behind it (FileIO for raw bytes,
BufferedReader, BufferedWriter and BufferedRandom over it, TextIOWrapper
for str), and the in-memory StringIO and BytesIO.

Text files decode incrementally: a read keeps the decoded but unread text
(_decoded from _dpos) and the bytes of a character cut by the end of a
chunk (_pending). Newlines are translated when read, not when decoded, so
the unread text still has the file's bytes and tell() is the buffer's
position less those bytes."""

import _os

__all__ = [
    "open", "open_code", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
    "FileIO", "BufferedReader", "BufferedWriter", "BufferedRandom",
    "TextIOWrapper", "StringIO", "BytesIO", "UnsupportedOperation",
    "DEFAULT_BUFFER_SIZE", "SEEK_SET", "SEEK_CUR", "SEEK_END",
]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_S_IFMT = 0o170000
_S_IFDIR = 0o040000


class UnsupportedOperation(OSError, ValueError):
    pass


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    try:
        method = type(file).__fspath__
    except AttributeError:
        raise TypeError(
            f"expected str, bytes or os.PathLike object, not {type(file).__name__}"
        ) from None
    path = method(file)
    if not isinstance(path, (str, bytes)):
        raise TypeError(
            f"expected {type(file).__name__}.__fspath__() to return str or bytes, "
            f"not {type(path).__name__}"
        )
    return path


class IOBase:
    """The base of all streams: closing, context management, iteration by
    lines, and the checks every operation starts with."""

    _closed = False

    @property
    def closed(self):
        return self._closed

    def _check_closed(self, message="I/O operation on closed file."):
        if self.closed:
            raise ValueError(message)

    def _check_readable(self):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable.")

    def _check_writable(self):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable.")

    def _check_seekable(self):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._check_closed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def flush(self):
        self._check_closed()

    def __del__(self):
        # A stream left open is flushed and closed when it is collected; as
        # in CPython outside its development mode, an error doing so is
        # dropped.
        try:
            self.close()
        except Exception:
            pass

    def close(self):
        if not self._closed:
            try:
                self.flush()
            finally:
                self._closed = True

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


def _closed_file():
    return ValueError("I/O operation on closed file")


class FileIO(RawIOBase):
    """Unbuffered bytes from an operating system file."""

    def __init__(self, file, mode="r", closefd=True, opener=None):
        self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = file
        else:
            file = _fspath(file)
            fd = None
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        kinds = sum(mode.count(c) for c in "rwxa")
        if kinds != 1 or mode.count("+") > 1 or set(mode) - set("rwxab+"):
            raise ValueError(
                "Must have exactly one of create/read/write/append mode and at most one plus"
            )
        plus = "+" in mode
        self._readable = "r" in mode or plus
        self._writable = "r" not in mode or plus
        self._created = "x" in mode
        self._appending = "a" in mode
        if self._readable and self._writable:
            flags = _os.O_RDWR
        elif self._readable:
            flags = _os.O_RDONLY
        else:
            flags = _os.O_WRONLY
        if "w" in mode:
            flags |= _os.O_CREAT | _os.O_TRUNC
        elif "x" in mode:
            flags |= _os.O_CREAT | _os.O_EXCL
        elif "a" in mode:
            flags |= _os.O_CREAT | _os.O_APPEND
        if fd is None:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if (isinstance(file, str) and "\0" in file
                    or isinstance(file, bytes) and b"\0" in file):
                raise ValueError("embedded null byte")
            if opener is None:
                fd = _os.open(file, flags, 0o666)
            else:
                fd = opener(file, flags)
                if not isinstance(fd, int):
                    raise TypeError("expected integer from opener")
                if fd < 0:
                    raise ValueError(f"opener returned {fd}")
            try:
                if _os.fstat(fd)[0] & _S_IFMT == _S_IFDIR:
                    raise IsADirectoryError(21, "Is a directory", file)
            except BaseException:
                _os.close(fd)
                raise
        self._fd = fd
        self._closefd = closefd
        self.name = file
        if self._appending:
            try:
                _os.lseek(fd, 0, SEEK_END)
            except OSError:
                pass

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closefd(self):
        return self._closefd

    def __repr__(self):
        if self._closed:
            return "<_io.FileIO [closed]>"
        return f"<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self._closefd!r}>"

    def _check_open(self):
        if self._closed:
            raise _closed_file()

    def readable(self):
        self._check_open()
        return self._readable

    def writable(self):
        self._check_open()
        return self._writable

    def seekable(self):
        self._check_open()
        try:
            _os.lseek(self._fd, 0, SEEK_CUR)
        except OSError:
            return False
        return True

    def fileno(self):
        self._check_open()
        return self._fd

    def isatty(self):
        self._check_open()
        return _os.isatty(self._fd)

    def read(self, size=-1):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")
        if size is None or size < 0:
            return self.readall()
        return _os.read(self._fd, size)

    def readall(self):
        self._check_open()
        chunks = []
        while True:
            chunk = _os.read(self._fd, DEFAULT_BUFFER_SIZE * 8)
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def write(self, data):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if isinstance(data, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = bytes(data)
        written = 0
        while written < len(data):
            written += _os.write(self._fd, data[written:])
        return written

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check_open()
        return _os.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def flush(self):
        self._check_open()

    def close(self):
        if not self._closed:
            self._closed = True
            if self._closefd and self._fd >= 0:
                _os.close(self._fd)


class _Buffered(BufferedIOBase):
    """Bytes over a raw stream, read and written through buffers. Unread
    data is _rbuf[_rpos:]; unwritten data is _wbuf. Only one of them holds
    anything at a time."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        try:
            name = self.name
        except (AttributeError, ValueError):
            return f"<_io.{type(self).__name__}>"
        return f"<_io.{type(self).__name__} name={name!r}>"

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _check_open(self, message="read of closed file"):
        if self.raw.closed:
            raise ValueError(message)

    def _drop_read_ahead(self):
        # The raw position is past the unread bytes: move it back to where
        # the reader is, so that a write lands there.
        unread = len(self._rbuf) - self._rpos
        if unread:
            self.raw.seek(-unread, SEEK_CUR)
        self._rbuf = b""
        self._rpos = 0

    def _flush_writes(self):
        if self._wbuf:
            data = bytes(self._wbuf)
            self._wbuf = bytearray()
            self.raw.write(data)

    def read(self, size=-1):
        self._check_open()
        if not self.raw.readable():
            raise UnsupportedOperation("read")
        self._flush_writes()
        if size is None or size < 0:
            rest = self._rbuf[self._rpos :]
            self._rbuf = b""
            self._rpos = 0
            return rest + self.raw.readall()
        available = len(self._rbuf) - self._rpos
        if available >= size:
            data = self._rbuf[self._rpos : self._rpos + size]
            self._rpos += size
            return data
        chunks = [self._rbuf[self._rpos :]]
        self._rbuf = b""
        self._rpos = 0
        wanted = size - available
        while wanted > 0:
            chunk = self.raw.read(max(wanted, self.buffer_size))
            if not chunk:
                break
            if len(chunk) > wanted:
                self._rbuf = chunk
                self._rpos = wanted
                chunk = chunk[:wanted]
            chunks.append(chunk)
            wanted -= len(chunk)
        return b"".join(chunks)

    def read1(self, size=-1):
        self._check_open()
        self._flush_writes()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        if size is None or size < 0:
            size = len(self._rbuf) - self._rpos
        data = self._rbuf[self._rpos : self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_open()
        self._flush_writes()
        if self._rpos >= len(self._rbuf):
            self._rbuf = self.raw.read(self.buffer_size)
            self._rpos = 0
        return self._rbuf[self._rpos :]

    def readline(self, size=-1):
        self._check_open()
        if not self.raw.readable():
            raise UnsupportedOperation("readline")
        self._flush_writes()
        if size is None:
            size = -1
        chunks = []
        total = 0
        while True:
            if self._rpos >= len(self._rbuf):
                self._rbuf = self.raw.read(self.buffer_size)
                self._rpos = 0
                if not self._rbuf:
                    break
            end = self._rbuf.find(b"\n", self._rpos)
            end = len(self._rbuf) if end < 0 else end + 1
            if size >= 0 and total + end - self._rpos > size:
                end = self._rpos + size - total
            chunks.append(self._rbuf[self._rpos : end])
            total += end - self._rpos
            self._rpos = end
            if chunks[-1].endswith(b"\n") or (size >= 0 and total >= size):
                break
        return b"".join(chunks)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def write(self, data):
        self._check_open("write to closed file")
        if not self.raw.writable():
            raise UnsupportedOperation("write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rbuf:
            self._drop_read_ahead()
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return len(data)

    def flush(self):
        self._check_open("flush of closed file")
        self._flush_writes()

    def tell(self):
        position = self.raw.tell()
        return position - (len(self._rbuf) - self._rpos) + len(self._wbuf)

    def seek(self, pos, whence=SEEK_SET):
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        self._check_open("seek of closed file")
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        self._flush_writes()
        if whence == SEEK_CUR:
            pos += self.tell()
            whence = SEEK_SET
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_open("truncate of closed file")
        self._flush_writes()
        if pos is None:
            pos = self.tell()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    def detach(self):
        self.flush()
        raw = self.raw
        self.raw = None
        return raw

    def close(self):
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()


class BufferedReader(_Buffered):
    def write(self, data):
        raise UnsupportedOperation("write")

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")


class BufferedWriter(_Buffered):
    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        raise UnsupportedOperation("read1")

    def readline(self, size=-1):
        raise UnsupportedOperation("read")

    def peek(self, size=0):
        raise UnsupportedOperation("peek")


class BufferedRandom(_Buffered):
    pass


def _utf8_complete(data):
    """How many leading bytes of data end on a character boundary: a
    character cut by the end of the chunk waits for the next one."""
    n = len(data)
    back = 1
    while back <= 3 and back <= n:
        byte = data[n - back]
        if byte & 0xC0 != 0x80:
            if byte >= 0xF0:
                width = 4
            elif byte >= 0xE0:
                width = 3
            elif byte >= 0xC0:
                width = 2
            else:
                width = 1
            return n - back if width > back else n
        back += 1
    return n


class TextIOWrapper(TextIOBase):
    """str over a buffered bytes stream."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, "
                            f"not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is None:
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, "
                            f"not {type(encoding).__name__}")
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, "
                            f"not {type(errors).__name__}")
        "".encode(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._utf8 = encoding.lower().replace("_", "-") in ("utf-8", "utf8")
        self._newline = newline
        self._translate = newline is None
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._decoded = ""
        self._dpos = 0
        self._pending = b""
        self._eof = False

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    line_buffering = property(lambda self: self._line_buffering)
    write_through = property(lambda self: self._write_through)
    newlines = property(lambda self: None)

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def name(self):
        return self.buffer.name

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        try:
            parts.append(f" name={self.name!r}")
        except (AttributeError, ValueError):
            pass
        mode = getattr(self, "mode", None)
        if mode is not None:
            parts.append(f" mode={mode!r}")
        parts.append(f" encoding={self._encoding!r}>")
        return "".join(parts)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    # ----- reading

    def _fill(self):
        """Decodes another chunk after the unread text; False at the end."""
        if self._eof:
            return False
        chunk = self.buffer.read(self._CHUNK)
        data = self._pending + chunk
        if chunk:
            cut = _utf8_complete(data) if self._utf8 else len(data)
            self._pending = data[cut:]
            data = data[:cut]
        else:
            self._eof = True
            self._pending = b""
        text = data.decode(self._encoding, self._errors)
        self._decoded = self._decoded[self._dpos :] + text
        self._dpos = 0
        return bool(chunk) or bool(text)

    def _start_reading(self):
        self._check_open()
        if not self.buffer.readable():
            raise UnsupportedOperation("not readable")
        self._eof = False

    def _clear_read_state(self):
        self._decoded = ""
        self._dpos = 0
        self._pending = b""
        self._eof = False

    def read(self, size=-1):
        self._start_reading()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        if size < 0:
            rest = self._pending + self.buffer.read()
            text = self._decoded[self._dpos :] + rest.decode(self._encoding, self._errors)
            self._decoded = ""
            self._dpos = 0
            self._pending = b""
            self._eof = True
            if self._translate:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            return text
        pieces = []
        wanted = size
        while wanted > 0:
            if self._dpos >= len(self._decoded) and not self._fill():
                break
            window = self._decoded[self._dpos : self._dpos + wanted]
            cr = window.find("\r") if self._translate else -1
            if cr < 0:
                pieces.append(window)
                self._dpos += len(window)
                wanted -= len(window)
                continue
            pieces.append(window[:cr] + "\n")
            self._dpos += cr + 1
            wanted -= cr + 1
            if self._dpos >= len(self._decoded):
                self._fill()
            if self._decoded[self._dpos : self._dpos + 1] == "\n":
                self._dpos += 1
        return "".join(pieces)

    def _line_end(self, start):
        """(end of the line's text, end of its terminator) for the line at
        start in _decoded, or None if no terminator has been decoded yet."""
        text = self._decoded
        newline = self._newline
        if newline is None or newline == "":
            lf = text.find("\n", start)
            cr = text.find("\r", start, lf if lf >= 0 else len(text))
            if cr < 0:
                return None if lf < 0 else (lf, lf + 1)
            if cr + 1 == len(text) and not self._eof:
                # A '\r' last in the chunk: a '\n' may follow.
                return None
            if text[cr + 1 : cr + 2] == "\n":
                return cr, cr + 2
            return cr, cr + 1
        at = text.find(newline, start)
        if at < 0:
            return None
        return at, at + len(newline)

    def readline(self, size=-1):
        self._start_reading()
        if size is None:
            size = -1
        elif not isinstance(size, int):
            raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
        while True:
            found = self._line_end(self._dpos)
            if found is not None:
                break
            if 0 <= size <= len(self._decoded) - self._dpos:
                break
            if not self._fill():
                break
        start = self._dpos
        if found is None:
            end = len(self._decoded)
            if 0 <= size < end - start:
                end = start + size
            self._dpos = end
            return self._decoded[start:end]
        text_end, line_end = found
        if 0 <= size < text_end - start + 1:
            self._dpos = start + size
            return self._decoded[start : self._dpos]
        self._dpos = line_end
        if self._translate:
            return self._decoded[start:text_end] + "\n"
        return self._decoded[start:line_end]

    def __next__(self):
        self._check_open()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # ----- writing

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self.buffer.writable():
            raise UnsupportedOperation("not writable")
        # As CPython: unread decoded text is dropped and the write lands at
        # the buffer's position, after the chunk read ahead.
        self._clear_read_state()
        text = s
        if self._newline not in (None, "", "\n"):
            text = text.replace("\n", self._newline)
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self._write_through or (self._line_buffering and ("\n" in s or "\r" in s)):
            self.buffer.flush()
        return len(s)

    def flush(self):
        self._check_open()
        self.buffer.flush()

    # ----- positions

    def tell(self):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self.buffer.flush()
        position = self.buffer.tell() - len(self._pending)
        unread = self._decoded[self._dpos :]
        if unread:
            position -= len(unread.encode(self._encoding, self._errors))
        return position

    def seek(self, cookie, whence=SEEK_SET):
        self._check_open()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.buffer.flush()
            self._clear_read_state()
            return self.buffer.seek(0, SEEK_END)
        elif whence != SEEK_SET:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie}")
        self.buffer.flush()
        self._clear_read_state()
        self.buffer.seek(cookie)
        return cookie

    def truncate(self, pos=None):
        self._check_open()
        self.flush()
        if pos is None:
            pos = self.tell()
        self._clear_read_state()
        return self.buffer.truncate(pos)

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.buffer = None
        return buffer

    def close(self):
        if self.buffer.closed:
            return
        try:
            self.flush()
        finally:
            self.buffer.close()


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Opens file and returns a stream: text (TextIOWrapper) unless mode
    has 'b', buffered unless buffering is 0."""
    if not isinstance(file, int):
        file = _fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    for i, c in enumerate(mode):
        if c not in "rwxab+t" or c in mode[i + 1 :]:
            raise ValueError(f"invalid mode: '{mode}'")
    text = "t" in mode
    binary = "b" in mode
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if sum(c in mode for c in "rwxa") > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    raw = FileIO(file, mode.replace("t", ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = buffering == 1 or (buffering < 0 and raw.isatty())
        if buffering == 0:
            return raw
        if buffering < 0 or buffering == 1:
            buffering = DEFAULT_BUFFER_SIZE
        if "+" in mode:
            result = BufferedRandom(raw, buffering)
        elif "r" in mode:
            result = BufferedReader(raw, buffering)
        else:
            result = BufferedWriter(raw, buffering)
        if binary:
            return result
        result = TextIOWrapper(result, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    return open(path, "rb")


class StringIO(TextIOBase):
    """A text stream over a str in memory. Writes past the end append;
    writes inside replace."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(
                f"initial_value must be str or None, not {type(initial_value).__name__}"
            )
        if newline is not None and newline not in ("", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        self._newline = newline
        self._chunks = []
        self._value = ""
        self._size = 0
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _text(self):
        if self._chunks:
            self._value += "".join(self._chunks)
            self._chunks = []
        return self._value

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def getvalue(self):
        self._check_open()
        return self._text()

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline not in ("", "\n"):
            s = s.replace("\n", self._newline)
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            text = self._text()
            if self._pos > len(text):
                text += "\0" * (self._pos - len(text))
            self._value = text[: self._pos] + s + text[self._pos + len(s) :]
        self._pos += len(s)
        self._size = max(self._size, self._pos)
        return n

    def read(self, size=-1):
        self._check_open()
        text = self._text()
        if size is None or size < 0:
            end = len(text)
        else:
            end = min(len(text), self._pos + size)
        start = min(self._pos, end)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        self._check_open()
        text = self._text()
        if self._pos >= len(text):
            return ""
        if self._newline == "":
            lf = text.find("\n", self._pos)
            cr = text.find("\r", self._pos, lf if lf >= 0 else len(text))
            if cr >= 0:
                end = cr + 2 if text[cr + 1 : cr + 2] == "\n" else cr + 1
            else:
                end = len(text) if lf < 0 else lf + 1
        else:
            terminator = self._newline or "\n"
            at = text.find(terminator, self._pos)
            end = len(text) if at < 0 else at + len(terminator)
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        line = text[self._pos : end]
        self._pos = end
        return line

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == SEEK_END:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = self._size
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._value = self._text()[:size]
        self._size = len(self._value)
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"


class BytesIO(BufferedIOBase):
    """A binary stream over a bytearray in memory."""

    def __init__(self, initial_bytes=b""):
        self._data = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        self._check_open()
        return True

    def seekable(self):
        self._check_open()
        return True

    def getvalue(self):
        self._check_open()
        return bytes(self._data)

    def getbuffer(self):
        self._check_open()
        return self._data

    def write(self, data):
        self._check_open()
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        end = self._pos + len(data)
        if self._pos > len(self._data):
            self._data += b"\0" * (self._pos - len(self._data))
        self._data[self._pos : end] = data
        self._pos = end
        return len(data)

    def read(self, size=-1):
        self._check_open()
        if size is None or size < 0:
            end = len(self._data)
        else:
            end = min(len(self._data), self._pos + size)
        data = bytes(self._data[self._pos : end])
        self._pos = max(self._pos, end)
        return data

    read1 = read

    def readline(self, size=-1):
        self._check_open()
        at = self._data.find(b"\n", self._pos)
        end = len(self._data) if at < 0 else at + 1
        if size is not None and 0 <= size < end - self._pos:
            end = self._pos + size
        line = bytes(self._data[self._pos : end])
        self._pos = max(self._pos, end)
        return line

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def tell(self):
        self._check_open()
        return self._pos

    def seek(self, pos, whence=SEEK_SET):
        self._check_open()
        if whence == SEEK_SET:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == SEEK_CUR:
            self._pos = max(0, self._pos + pos)
        elif whence == SEEK_END:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError(f"negative size value {size}")
        del self._data[size:]
        return size

    def close(self):
        self._closed = True

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase, FileIO, BufferedReader,
             BufferedWriter, BufferedRandom, TextIOWrapper, StringIO, BytesIO):
    _cls.__module__ = "_io"
UnsupportedOperation.__module__ = "io"
del _cls
