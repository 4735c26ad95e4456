# refcount_race.py: why the GIL exists (seed 000). Four threads take and drop references to one
# shared list, so they all update its reference count, a read then a write each time.
#
# Run:    ./gilvm examples/refcount_race.py --gil=on     (the GIL serializes the updates)
#         ./gilvm examples/refcount_race.py --gil=off    (they race)
#         ./gilvm examples/refcount_race.py --gil=off --refcount=atomic   (or =biased)
#         python3 examples/refcount_race.py              (CPython 3.11: like --gil=on)
# Watch:  --gil=on, in every run: "refcount of shared: 2" (the global and getrefcount's own
#         argument), the list intact, and with --audit "every count exact".
#         --gil=off (plain counts): two threads read the same count, both add one, both write
#         it back: one update is lost. Most runs end one of two ways:
#           - a lost decref: the count ends too high, "refcount of shared" prints a number far
#             above 2 and --audit reports the list "overcounted ... (it will leak)";
#           - a lost incref: the count reaches zero while threads still use the list, gilvm frees
#             it, and the next thread to touch it crashes the VM: "Fatal Python error:
#             Segmentation fault (simulated by gilvm: use-after-free)", which thread freed it,
#             which touched it, where, and exit status 139. CPython without a GIL and with
#             plain counts would really crash here (or corrupt memory silently).
#         --gil=off --refcount=atomic or =biased: the threads run in parallel and the counts stay
#         exact: "refcount of shared: 2" in every run. That is what PEP 703 buys, at a cost
#         (see docs/performance.md).
# Stress: ./gilvm stress examples/refcount_race.py --runs 50   (each mode of the "modes:" line 50
#         times; the "outcome:" lines grade what it prints, first match wins: docs/stress.md)
# modes: gil=on,gil=off,gil=off+refcount=biased
# outcome: ^refcount of shared: 2 \| shared is still \[1, 2, 3\]$ -> expected "every count exact"
# outcome: \[corrupted\] -> forbidden "a lost update of a count: the audit found it wrong (too high: the object leaks)"
# outcome: ^crash$ -> forbidden "a lost incref: a count reached zero while in use, use-after-free (CPython would segfault)"
import sys
import threading

shared = [1, 2, 3]


def worker(rounds):
    for i in range(rounds):
        alias = shared           # incref shared (and decref the previous alias)
        pair = [shared, shared]  # two more increfs; the old pair's decrefs drop two


threads = [threading.Thread(target=worker, args=(200_000,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print("refcount of shared:", sys.getrefcount(shared))
print("shared is still", shared)
