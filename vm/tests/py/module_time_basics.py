# time: the clocks' types and monotonicity, and sleep's argument checks
# (no clock value is printed: it differs between runs).
import time

for name in ["time", "perf_counter", "monotonic", "process_time"]:
    f = getattr(time, name)
    a = f()
    b = f()
    print(name, type(a).__name__, b >= a, a > 0 or name == "process_time")
    g = getattr(time, name + "_ns")
    a = g()
    b = g()
    print(name + "_ns", type(a).__name__, b >= a)

print(abs(time.time() - time.time_ns() / 1e9) < 1.0)
start = time.perf_counter()
mono = time.monotonic()
time.sleep(0.02)
print(time.perf_counter() - start >= 0.015, time.monotonic() - mono >= 0.015)
print(time.sleep(0), time.sleep(0.001))
cpu = time.process_time()
total = 0
for i in range(200000):
    total += i
print(time.process_time() >= cpu, total)
for bad in [-1, -0.5, "x", None, float("nan")]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
try:
    time.sleep()
except TypeError as e:
    print(e)
