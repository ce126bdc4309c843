import time
a = time.time()
b = time.time()
print(b >= a, type(a).__name__, type(time.time_ns()).__name__, time.monotonic() <= time.monotonic(), time.perf_counter() > 0)
print(type(time.process_time()).__name__, time.time_ns() // 10**9 >= int(a) - 1, time.monotonic_ns() > 0)
time.sleep(0)
time.sleep(0.001)
for bad in [-1, "x"]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [float("nan"), None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(time.time() > 1.6e9, abs(time.time_ns() / 1e9 - time.time()) < 5, time.perf_counter_ns() > 0, time.process_time_ns() >= 0)
