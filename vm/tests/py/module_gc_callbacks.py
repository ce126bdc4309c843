# gc.callbacks: each callable gets "start" and "stop" with an info dict
# around every collection, explicit or automatic. Automatic collections may
# happen at any point (every call is a safepoint), so the checks look at the
# last events of an explicit collection, and print only once the callbacks
# are removed.
import gc

events = []

def record(phase, info):
    events.append((phase, sorted(info), info["generation"], info["collected"] >= 0,
                   info["uncollectable"]))

def explicit(generation):
    events.clear()
    gc.callbacks.append(record)
    gc.collect(generation)
    gc.callbacks.remove(record)
    return events[-2:]

start, stop = explicit(2)
print(start)
print(stop)
print("nothing collected at start", start[3], "uncollectable", stop[4])
for generation in (0, 1, 2):
    print(generation, [(phase, gen) for phase, _, gen, _, _ in explicit(generation)])

def failing(phase, info):
    raise ValueError("ignored: " + phase)

events.clear()
gc.callbacks.extend([failing, record])
result = gc.collect()
gc.callbacks.clear()
print("collect despite a failing callback", result >= 0)
print("later callbacks still called", [event[0] for event in events[-2:]])

seen = []

def collecting(phase, info):
    seen.append(phase)
    gc.collect()

gc.callbacks.append(collecting)
gc.collect()
gc.callbacks.remove(collecting)
print("a collection inside a callback does not recurse", seen[-2:], len(seen) % 2)

# Enough allocation for automatic collections.
events.clear()
gc.callbacks.append(record)
kept = [list(range(100)) for _ in range(3000)]
gc.callbacks.remove(record)
phases = [event[0] for event in events]
print("automatic collections reported", len(phases) >= 2)
print("phases alternate", phases[0::2] == ["start"] * (len(phases) // 2)
      and phases[1::2] == ["stop"] * (len(phases) // 2))
print("generations named", all(event[2] in (0, 1, 2) for event in events))
print("same generation at start and stop",
      all(events[i][2] == events[i + 1][2] for i in range(0, len(events) - 1, 2)))

events.clear()
gc.collect()
print("removed callbacks are not called", events)
print("callbacks left", gc.callbacks)
del kept
