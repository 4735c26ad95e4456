# Checks coroutines on several threads: each thread runs its own little event loop over its own coroutines, and a coroutine made in one thread may be finished in another; the results do not depend on scheduling.
import threading


class Turn:
    def __await__(self):
        yield


async def count(name, n):
    total = 0
    for i in range(n):
        total += i
        await Turn()
    return name, total


def event_loop(coros, results, lock):
    ready = list(coros)
    while ready:
        c = ready.pop(0)
        try:
            c.send(None)
        except StopIteration as e:
            with lock:
                results.append(e.value)
        else:
            ready.append(c)


results = []
lock = threading.Lock()
threads = []
for t in range(3):
    coros = [count(f"t{t}c{i}", 10 * (i + 1)) for i in range(3)]
    th = threading.Thread(target=event_loop, args=(coros, results, lock))
    threads.append(th)
    th.start()
for th in threads:
    th.join()
print(sorted(results))

# Started in the main thread, finished in a worker.
c = count("moved", 5)
c.send(None)
c.send(None)
finished = []
worker = threading.Thread(target=event_loop, args=([c], finished, lock))
worker.start()
worker.join()
print(finished)
