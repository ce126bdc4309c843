"""Low-level threading primitives for a single-threaded interpreter.

There is only ever the main thread: locks keep their real state, and an
acquire that could only succeed if another thread released the lock
either fails (non-blocking, or after its timeout has passed) or, when it
would wait forever, raises RuntimeError instead of hanging the program.
"""

import _os
import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = _os.getpid()


def get_ident():
    """The identifier of the current (and only) thread."""
    return _MAIN_IDENT


def get_native_id():
    """The operating system's identifier of the current thread."""
    return _MAIN_IDENT


def _check_timeout(blocking, timeout):
    if not blocking and timeout != -1:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be positive")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")


def _wait_in_vain(reason, blocking, timeout):
    """What acquiring something only another thread could free comes to:
    False at once or after the timeout, or a RuntimeError for a wait that
    could never end."""
    if not blocking:
        return False
    if timeout == -1 or timeout is None:
        raise RuntimeError("deadlock: " + reason)
    if timeout > 0:
        _time.sleep(timeout)
    return False


class LockType:
    """A lock: acquired by one holder at a time, released by anyone."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        return _wait_in_vain(
            "the lock is held and no other thread can release it", blocking, timeout)

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def _at_fork_reinit(self):
        self._locked = False

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._locked else "unlocked"
        return "<%s %s.%s object at %#x>" % (state, "_thread", "lock", id(self))


LockType.__name__ = LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"


def allocate_lock():
    """A new lock, unlocked."""
    return LockType()


allocate = allocate_lock


class RLock:
    """A reentrant lock: its owner may acquire it again, and must release
    it as many times."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        _check_timeout(blocking, timeout)
        # The only thread there is owns the lock whenever it is held.
        self._owner = get_ident()
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = None
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _recursion_count(self):
        return self._count

    def _at_fork_reinit(self):
        self._owner = None
        self._count = 0

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def __repr__(self):
        state = "locked" if self._count else "unlocked"
        return "<%s %s.%s object owner=%d count=%d at %#x>" % (
            state, "_thread", "RLock", self._owner or 0, self._count, id(self))


RLock.__module__ = "_thread"


class _local:
    """Attributes private to a thread; with one thread, plain attributes."""

    def __new__(cls, /, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        return object.__new__(cls)


_local.__module__ = "_thread"


def start_new_thread(function, args, kwargs=None):
    """Threads cannot be started: always RuntimeError."""
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread")


start_new = start_new_thread


def exit():
    """Ends the calling thread, by raising SystemExit."""
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    """Raises KeyboardInterrupt in the main thread (which is this one)."""
    raise KeyboardInterrupt


_stack_size = 0


def stack_size(size=0):
    """The stack size for new threads: remembered, never used."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    old = _stack_size
    _stack_size = size
    return old


def _count():
    return 0
