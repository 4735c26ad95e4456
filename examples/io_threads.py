# io_threads.py: threads that wait for I/O overlap, GIL or not (seeds 003 and 004).
#
# Run:    ./gilvm examples/io_threads.py
#         ./gilvm examples/io_threads.py --stats
#         python3 examples/io_threads.py
# Watch:  eight "requests" of 0.25 s each (time.sleep stands in for the network). One after
#         another they take 2 s; in eight threads about 0.25 s, under the GIL: a thread that
#         sleeps (or reads a file, or waits for a lock) releases the GIL, so the others run.
#         Meanwhile a CPU-bound thread keeps counting, and is barely slowed by the sleepers.
import threading
import time

REQUESTS = 8
LATENCY = 0.25


def fetch(results, i):
    time.sleep(LATENCY)  # the GIL is released while the thread waits
    results[i] = f"response {i}"


start = time.perf_counter()
results = [None] * REQUESTS
for i in range(REQUESTS):
    fetch(results, i)
serial = time.perf_counter() - start

start = time.perf_counter()
results = [None] * REQUESTS
threads = [threading.Thread(target=fetch, args=(results, i)) for i in range(REQUESTS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
threaded = time.perf_counter() - start

print(f"{REQUESTS} requests one after another: {serial:.2f} s")
print(f"{REQUESTS} requests in {REQUESTS} threads:     {threaded:.2f} s")
print("all answered:", all(r is not None for r in results))
print("overlapped:", threaded < serial / 2)
