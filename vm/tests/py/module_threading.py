# threading for one thread: locks keep real state, waits that only another
# thread could end time out. What differs from CPython on purpose (start()
# raises RuntimeError, a wait without timeout that could never end raises
# instead of hanging) is not part of this test.
import _thread
import threading


def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, str(e))


lock = threading.Lock()
print(type(lock).__name__, isinstance(lock, _thread.LockType), lock.locked())
print(lock.acquire(), lock.locked())
print(lock.acquire(False), lock.acquire(blocking=False), lock.acquire(timeout=0))
print(lock.acquire(timeout=0.01))
print(repr(lock).split(" object")[0])
lock.release()
print(lock.locked(), repr(lock).split(" object")[0])
show(lock.release)
show(lambda: lock.acquire(False, 1))
show(lambda: lock.acquire(True, -2))
with lock:
    print("in with", lock.locked())
print(lock.locked())
raw = _thread.allocate_lock()
print(raw.acquire(), raw.locked())
raw.release()

rlock = threading.RLock()
show(rlock.release)
print(rlock.acquire(), rlock.acquire(), rlock.acquire(False))
print(repr(rlock).split(" object")[0], "count=3" in repr(rlock))
rlock.release()
rlock.release()
rlock.release()
show(rlock.release)
with rlock:
    with rlock:
        print("nested rlock")

cond = threading.Condition()
show(lambda: cond.wait(0))
show(cond.notify)
show(cond.notify_all)
with cond:
    print(cond.wait(0), cond.wait(0.01))
    print(cond.wait_for(lambda: "ready", 0), cond.wait_for(lambda: 0, 0.01))
    cond.notify()
    cond.notify_all()
print(repr(cond).split(" object")[0].startswith("<Condition(<unlocked _thread.RLock"))
cond_on_lock = threading.Condition(threading.Lock())
with cond_on_lock:
    print(cond_on_lock.wait(0))
show(lambda: cond_on_lock.notify())

event = threading.Event()
print(event.is_set(), event.wait(0), event.wait(0.01), repr(event).endswith("unset>"))
event.set()
print(event.is_set(), event.wait(), event.wait(5), repr(event).endswith(" set>"))
event.clear()
print(event.is_set())

sem = threading.Semaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
sem.release(2)
print(sem.acquire(), repr(sem).endswith("value=1>"))
show(lambda: sem.release(0))
show(lambda: threading.Semaphore(-1))
show(lambda: sem.acquire(False, 1))
bounded = threading.BoundedSemaphore(1)
show(bounded.release)
with bounded:
    print("bounded held", bounded.acquire(False))
print(repr(bounded).endswith("value=1/1>"))

barrier = threading.Barrier(1)
print(barrier.wait(), barrier.parties, barrier.n_waiting, barrier.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))

main = threading.current_thread()
print(main.name, main is threading.main_thread(), main.is_alive(), main.daemon)
print(main.ident == threading.get_ident(), type(threading.get_ident()).__name__)
print(threading.active_count(), threading.enumerate() == [main])
print(repr(main).startswith("<_MainThread(MainThread, started "))
show(main.join)

results = []
def work(x, y=0):
    results.append(x + y)

worker = threading.Thread(target=work, args=(1,), kwargs={"y": 2})
print(worker.name.startswith("Thread-"), worker.name.endswith(" (work)"))
print(repr(worker).endswith(" (work), initial)>"), worker.is_alive(), worker.ident, worker.daemon)
show(worker.join)
worker.run()
print(results)
named = threading.Thread(name="named", daemon=True)
print(named.name, named.daemon)
named.name = "renamed"
named.daemon = False
print(named.name, named.daemon, named.getName(), named.isDaemon())
show(lambda: threading.Thread(group=object()))

class Worker(threading.Thread):
    def __init__(self):
        super().__init__(name="custom")
        self.ran = False
    def run(self):
        self.ran = True

custom = Worker()
custom.run()
print(custom.ran, custom.name)
timer = threading.Timer(10, work, args=(5,))
timer.cancel()
timer.run()
print(results, timer.finished.is_set())

show(lambda: _thread.start_new_thread(work, [1]))
print(threading.ThreadError is RuntimeError, _thread.error is RuntimeError)
print(threading.TIMEOUT_MAX, _thread.TIMEOUT_MAX)

local = threading.local()
local.value = 5
print(local.value, type(local).__name__)
class MyLocal(threading.local):
    def __init__(self, start):
        self.start = start
print(MyLocal(3).start)
show(lambda: threading.local(1))
