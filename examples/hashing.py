# hashing.py: C code that releases the GIL lets threads run at once, even under the GIL
# (seeds 001 and 004: "C extensions release the GIL").
#
# Run:    ./gilvm examples/hashing.py
#         ./gilvm examples/hashing.py --stats
#         python3 examples/hashing.py          (CPython 3.11: the same kind of numbers)
# Watch:  "big buffers": four SHA-256 hashes of 64 MiB each, one after another, then in four
#         threads. hashlib releases the GIL while it hashes an input of 2 KiB or more (as
#         CPython's does), so the threads hash in parallel: a speed-up close to the number of
#         cores (up to 2 on a two-core machine, less when other work shares it), with the GIL on.
#         "small pieces": the same amount of data hashed 1 KiB at a time. Under 2 KiB hashlib
#         keeps the GIL (releasing it would cost more than the hash), the threads take turns,
#         and there is no speed-up (about 1, or below).
#         The digests are the same either way: "same digests: True".
import hashlib
import threading
import time

THREADS = 4
BIG = bytes(64 * 1024 * 1024)
PIECE = bytes(1024)
PIECES = 64 * 1024


def hash_big():
    return hashlib.sha256(BIG).hexdigest()


def hash_pieces():
    h = hashlib.sha256()
    for i in range(PIECES):
        h.update(PIECE)
    return h.hexdigest()


def timed(work):
    work()  # once untimed: the first run also pays for loading and compiling the hash code
    start = time.perf_counter()
    serial = [work() for i in range(THREADS)]
    one_after_another = time.perf_counter() - start

    results = [None] * THREADS

    def run(i):
        results[i] = work()

    start = time.perf_counter()
    threads = [threading.Thread(target=run, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    in_threads = time.perf_counter() - start
    return one_after_another, in_threads, serial == results


for name, work in [("big buffers", hash_big), ("small pieces", hash_pieces)]:
    serial, threaded, same = timed(work)
    print(f"{name:13} one after another {serial:.2f} s, in {THREADS} threads {threaded:.2f} s, "
          f"speed-up {serial / threaded:.1f}, same digests: {same}")
