# Checks that time.sleep in threads overlaps (it releases the GIL): three 0.2 s sleeps in parallel take well under their 0.6 s sum; only robust facts about elapsed time are printed.
import threading
import time

done = []
def nap(k):
    time.sleep(0.2)
    done.append(k)

ts = [threading.Thread(target=nap, args=(k,)) for k in range(3)]
t0 = time.monotonic()
for t in ts:
    t.start()
for t in ts:
    t.join()
elapsed = time.monotonic() - t0
print('all slept', sorted(done))
print('at least one sleep', elapsed >= 0.19)
print('less than the sum of the sleeps', elapsed < 0.5)

# The main thread keeps running while another thread sleeps.
ticks = []
t = threading.Thread(target=time.sleep, args=(0.1,))
t.start()
while t.is_alive() and len(ticks) < 1000000:
    ticks.append(1)
    time.sleep(0.001)
t.join()
print('main ran while the thread slept', len(ticks) > 1)

# A CPU-bound thread and a sleeping thread: the sleeper still wakes up and finishes.
finished = []
def spin():
    n = 0
    for i in range(100000):
        n += i
    finished.append(('spin', n))
def sleeper():
    time.sleep(0.01)
    finished.append(('sleep', None))
a = threading.Thread(target=spin)
b = threading.Thread(target=sleeper)
a.start()
b.start()
a.join()
b.join()
print(sorted(finished, key=lambda x: x[0]))
