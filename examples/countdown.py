# countdown.py: two CPU-bound threads are no faster than one under the GIL (seed 003,
# David Beazley's countdown).
#
# Run:    ./gilvm examples/countdown.py                 (GIL on)
#         ./gilvm examples/countdown.py --gil=off --refcount=biased
#         ./gilvm examples/countdown.py --stats         (who held the GIL, how often it moved)
#         python3 examples/countdown.py                 (CPython 3.11)
# Watch:  the ratio of two threads doing twice the work to one thread doing it once.
#         GIL on: about 2 (CPython 3.11 here: 1.7 to 2.8). Only one thread runs bytecode at a
#         time; they take turns every 5 ms (--stats: "switches", "drop requests", each thread's
#         held and waited times), so twice the work takes twice as long, or longer.
#         --gil=off on two cores: close to 1. Both threads run at once. With --refcount=plain
#         this program still gets it right, because the threads share no object whose count
#         they update; --refcount=biased keeps counts exact even when they do.
import threading
import time

N = 5_000_000


def countdown(n):
    while n > 0:
        n -= 1


start = time.perf_counter()
countdown(N)
one = time.perf_counter() - start

start = time.perf_counter()
threads = [threading.Thread(target=countdown, args=(N,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
two = time.perf_counter() - start

print(f"one thread, work once:      {one:.2f} s")
print(f"two threads, work twice:    {two:.2f} s")
print(f"ratio:                      {two / one:.2f}")
