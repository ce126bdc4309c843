"""Threads and their synchronisation objects, for a single-threaded
interpreter.

The main thread is the only thread: `Thread.start()` raises
RuntimeError("can't start new thread"). Locks, conditions, events and
semaphores keep their real state, so code that uses them to guard shared
data works unchanged; a wait that only another thread could end returns
False once its timeout has passed, or raises RuntimeError when it has no
timeout (in CPython it would hang for ever).
"""

import sys as _sys
import _thread
import time as _time
from _thread import (
    get_ident, get_native_id, TIMEOUT_MAX, _local as local, stack_size,
    _wait_in_vain, _check_timeout,
)

__all__ = [
    "get_ident", "active_count", "Condition", "current_thread", "enumerate",
    "main_thread", "TIMEOUT_MAX", "Event", "Lock", "RLock", "Semaphore",
    "BoundedSemaphore", "Thread", "Barrier", "BrokenBarrierError", "Timer",
    "ThreadError", "ExceptHookArgs", "setprofile", "settrace", "local",
    "stack_size", "excepthook", "get_native_id", "getprofile", "gettrace",
]

ThreadError = _thread.error
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock

_trace_hook = None
_profile_hook = None


def settrace(func):
    """Remembers a trace function for threads started later (there are none)."""
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    """Remembers a profile function for threads started later (there are none)."""
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def RLock(*args, **kwargs):
    """A new reentrant lock."""
    return _CRLock(*args, **kwargs)


class Condition:
    """A condition variable over a lock (an RLock unless given).

    `wait()` needs another thread to call `notify()`; here it returns False
    after its timeout, or raises RuntimeError without one."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, "_is_owned", None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        if timeout is not None and timeout < 0:
            timeout = 0
        return _wait_in_vain(
            "no other thread can notify the condition", True, timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            self.wait()
        endtime = _time.monotonic() + timeout
        while not result:
            remaining = endtime - _time.monotonic()
            if remaining <= 0:
                break
            self.wait(remaining)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() decrements and release() increments; it
    never goes below zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%d>" % (cls.__module__, cls.__qualname__, id(self), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        return _wait_in_vain(
            "the semaphore is at zero and no other thread can release it", blocking, timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = type(self)
        return "<%s.%s at %#x: value=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self._value, self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event:
    """A flag that threads can wait on until it is set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = type(self)
        status = "set" if self._flag else "unset"
        return "<%s.%s at %#x: %s>" % (cls.__module__, cls.__qualname__, id(self), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is not None and timeout < 0:
            timeout = 0
        return _wait_in_vain(
            "the event is not set and no other thread can set it", True, timeout)


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """Makes `parties` threads wait for each other; with one thread only
    a barrier of one party can be passed."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._broken = False

    def __repr__(self):
        cls = type(self)
        if self._broken:
            return "<%s.%s at %#x: broken>" % (cls.__module__, cls.__qualname__, id(self))
        return "<%s.%s at %#x: waiters=%d/%d>" % (
            cls.__module__, cls.__qualname__, id(self), self.n_waiting, self.parties)

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        if self._parties <= 1:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._broken = True
                    raise
            return 0
        if timeout is None:
            timeout = self._timeout
        if timeout is None:
            self._broken = True
            raise RuntimeError(
                "deadlock: a barrier of %d parties waits for threads that cannot be started"
                % self._parties)
        if timeout > 0:
            _time.sleep(timeout)
        self._broken = True
        raise BrokenBarrierError

    def reset(self):
        self._broken = False

    def abort(self):
        self._broken = True

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return self._broken


_counter = 0


def _new_thread_name(suffix=""):
    global _counter
    _counter += 1
    return "Thread-%d%s" % (_counter, suffix)


class Thread:
    """A thread of control. This interpreter runs only the main thread:
    a Thread can be made and configured, and `run()` called directly, but
    `start()` raises RuntimeError("can't start new thread")."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            suffix = ""
            if target is not None:
                target_name = getattr(target, "__name__", None)
                if target_name:
                    suffix = " (%s)" % target_name
            name = _new_thread_name(suffix)
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        raise RuntimeError("can't start new thread")

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)

    @property
    def ident(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._started.is_set() and not self._is_stopped

    @property
    def daemon(self):
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class Timer(Thread):
    """Calls a function after a delay, in a thread of its own (so, here,
    `start()` raises RuntimeError)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()


_main_thread = None


def current_thread():
    """The Thread object of the caller: always the main thread."""
    return _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return 1


activeCount = active_count


def enumerate():
    """The live threads: the main thread."""
    return [_main_thread]


class ExceptHookArgs(tuple):
    """The argument of `excepthook`: exc_type, exc_value, exc_traceback and
    thread."""

    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Prints an exception that ended a thread's run()."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr = _sys.stderr
    print("Exception in thread %s:" % name, file=stderr)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook


def _shutdown():
    pass


# The main thread's daemon flag is read while it is made.
_main_thread = object.__new__(_MainThread)
_main_thread._daemonic = False
_MainThread.__init__(_main_thread)
