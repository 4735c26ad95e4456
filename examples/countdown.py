# countdown.py: two CPU-bound threads are no faster than one under the GIL (seed 003,
# David Beazley's countdown).
#
# Run:    ./gilvm examples/countdown.py                 (GIL on)
#         ./gilvm examples/countdown.py --gil=off --refcount=biased
#         ./gilvm examples/countdown.py --stats         (who held the GIL, how often it moved)
#         python3 examples/countdown.py                 (CPython 3.11)
# Watch:  the ratio of two threads doing twice the work to one thread doing it once (the median
#         of three rounds each, after a warm-up round).
#         GIL on: about 2 (CPython 3.11 here: 1.7 to 2.8). Only one thread runs bytecode at a
#         time; they take turns every 5 ms (--stats: "switches", "drop requests", each thread's
#         held and waited times), so twice the work takes twice as long, or longer.
#         --gil=off on two cores: close to 1. Both threads run at once. With --refcount=plain
#         this program still gets it right, because the threads share no object whose count
#         they update; --refcount=biased keeps counts exact even when they do.
import threading
import time

N = 8_000_000
ROUNDS = 3


def countdown(n):
    while n > 0:
        n -= 1


def one_thread():
    start = time.perf_counter()
    countdown(N)
    return time.perf_counter() - start


def two_threads():
    start = time.perf_counter()
    threads = [threading.Thread(target=countdown, args=(N,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


# A round untimed first: gilvm's JIT compiles the loop (on the same two cores) during its first
# runs; CPython has no warm-up (but its first single-threaded runs are slower too). Then three
# rounds of both, interleaved, and the median of each.
one_thread()
two_threads()
ones = []
twos = []
for i in range(ROUNDS):
    ones.append(one_thread())
    twos.append(two_threads())
one = sorted(ones)[ROUNDS // 2]
two = sorted(twos)[ROUNDS // 2]

print(f"one thread, work once:      {one:.2f} s")
print(f"two threads, work twice:    {two:.2f} s")
print(f"ratio:                      {two / one:.2f}")
