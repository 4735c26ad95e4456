# countdown.py: two CPU-bound threads are no faster than one under the GIL (seed 003,
# David Beazley's countdown).
#
# Run:    ./gilvm examples/countdown.py                 (GIL on)
#         ./gilvm examples/countdown.py --gil=off --refcount=biased
#         ./gilvm examples/countdown.py --stats         (who held the GIL, how often it moved)
#         python3 examples/countdown.py                 (CPython 3.11)
# Watch:  the ratio of two threads doing twice the work to one thread doing it once (the median
#         of three rounds each, after a warm-up round).
#         GIL on: about 2, or more (gilvm here: 2.0 to 2.9; CPython 3.11 with this script: 1.4 to
#         1.8). Only one thread runs bytecode at a time; they take turns every 5 ms (--stats:
#         "switches", "drop requests", each thread's held and waited times), so twice the work
#         takes about twice as long.
#         --gil=off on two cores: close to 1 (1.1 to 1.3 on an idle machine; more when other
#         work shares the two cores, such as the JIT compiler or a garbage collection). Both
#         threads run at once. Keep --refcount=biased: even here the threads share counted
#         objects (the countdown function itself, which each call increfs), and with plain
#         counts a few runs in a hundred end in refcount_race.py's simulated crash.
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
