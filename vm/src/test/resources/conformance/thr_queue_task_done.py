# Checks Queue.task_done/join with worker threads: join returns only once every item was processed, results are collected and printed sorted, and workers stop on a sentinel.
import queue
import threading

tasks = queue.Queue()
results = []
results_lock = threading.Lock()

def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        value = item * item
        with results_lock:
            results.append(value)
        tasks.task_done()

workers = [threading.Thread(target=worker) for i in range(3)]
for w in workers:
    w.start()
for i in range(20):
    tasks.put(i)
tasks.join()
print('after join: unfinished', tasks.unfinished_tasks, 'processed', len(results))
print(sorted(results))

# A second batch on the same queue and workers.
for i in range(100, 110):
    tasks.put(i)
tasks.join()
print('second batch', len(results), sum(results))

for w in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
print('workers stopped', [w.is_alive() for w in workers], 'empty', tasks.empty())

# join() waits for task_done, not just for get.
q = queue.Queue()
log = []
q.put('job')
item = q.get()
print('got', item, 'empty', q.empty(), 'unfinished', q.unfinished_tasks)
def finish_later():
    log.append('worker finishing')
    q.task_done()
t = threading.Thread(target=finish_later)
joined = threading.Thread(target=lambda: (q.join(), log.append('join returned')))
joined.start()
joined.join(0.02)
log.append('join still waiting: %s' % joined.is_alive())
t.start()
t.join()
joined.join()
print(log)
