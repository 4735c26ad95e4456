# bounded_queue.py: producers and consumers with backpressure (seed 001).
#
# Run:    ./gilvm examples/bounded_queue.py
#         ./gilvm examples/bounded_queue.py --gil=off --refcount=biased
#         python3 examples/bounded_queue.py
# Watch:  two fast producers and one slow consumer share a queue.Queue(maxsize=3). The queue
#         never holds more than 3 items ("most ever queued: 3"): when it is full, put() blocks
#         the producer (backpressure) instead of letting memory grow. The consumer stops at a
#         sentinel (None) per producer, so every item is consumed exactly once: "consumed 40
#         items, sum 780" in every run and every mode; queue.Queue's lock and conditions make
#         it safe without the GIL too (with --refcount=plain the shared objects' counts race,
#         and a run may end in refcount_race.py's simulated crash). A put with a timeout on a
#         full queue raises queue.Full.
import queue
import threading
import time

ITEMS_PER_PRODUCER = 20
PRODUCERS = 2

q = queue.Queue(maxsize=3)
most_queued = 0
blocked_puts = 0
stats_lock = threading.Lock()


def producer(first):
    global blocked_puts
    for i in range(first, first + ITEMS_PER_PRODUCER):
        if q.full():
            with stats_lock:
                blocked_puts += 1
        q.put(i)  # blocks while the queue is full
    q.put(None)


def consumer(out):
    global most_queued
    finished = 0
    while finished < PRODUCERS:
        with stats_lock:
            most_queued = max(most_queued, q.qsize())
        item = q.get()
        if item is None:
            finished += 1
        else:
            time.sleep(0.005)  # a slow consumer
            out.append(item)
        q.task_done()


consumed = []
threads = [threading.Thread(target=producer, args=(p * ITEMS_PER_PRODUCER,)) for p in range(PRODUCERS)]
threads.append(threading.Thread(target=consumer, args=(consumed,)))
for t in threads:
    t.start()
for t in threads:
    t.join()
q.join()

print(f"consumed {len(consumed)} items, sum {sum(consumed)}")
print("each item once:", sorted(consumed) == list(range(PRODUCERS * ITEMS_PER_PRODUCER)))
print("most ever queued:", most_queued)
print("producers blocked by a full queue:", blocked_puts > 0)

q.put("x")
q.put("y")
q.put("z")
try:
    q.put("one too many", timeout=0.1)
except queue.Full:
    print("a full queue with a timeout: queue.Full")
