# Checks threading.Event: is_set/set/clear, wait with and without a timeout, its return values, and threads released together by one set().
import threading
import time

ev = threading.Event()
print('initially', ev.is_set())
t0 = time.monotonic()
print('wait(0.02) unset', ev.wait(0.02))
print('waited', time.monotonic() - t0 >= 0.018)
print('wait(0) unset', ev.wait(0))
print('wait(-1) unset', ev.wait(-1))
ev.set()
print('after set', ev.is_set(), ev.wait(), ev.wait(0), ev.wait(5))
ev.set()
print('set twice', ev.is_set())
ev.clear()
print('after clear', ev.is_set(), ev.wait(0.01))
ev.clear()
print('cleared twice', ev.is_set())

# Several threads wait on a start gate; one set() releases all of them.
start = threading.Event()
arrived = threading.Semaphore(0)
results = [None] * 4
def runner(k):
    arrived.release()
    ok = start.wait()
    results[k] = (k, ok, start.is_set())
ts = [threading.Thread(target=runner, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    arrived.acquire()
print('before set', results, [t.is_alive() for t in ts])
start.set()
for t in ts:
    t.join()
print('after set', results)

# A waiter with a timeout sees the set that happens before the timeout.
late = threading.Event()
seen = []
def timed_waiter():
    seen.append(late.wait(5))
t = threading.Thread(target=timed_waiter)
t.start()
time.sleep(0.02)
late.set()
t.join()
print('timed waiter got', seen)

# A stop flag: the worker loops until the event is set.
stop = threading.Event()
ticks = [0]
def ticker():
    while not stop.is_set():
        ticks[0] += 1
        stop.wait(0.001)
t = threading.Thread(target=ticker)
t.start()
time.sleep(0.02)
stop.set()
t.join()
print('ticker stopped', not t.is_alive(), ticks[0] > 0)
