# Checks a bounded queue.Queue between producers and consumers: puts block while it is full, every item is consumed exactly once, and the consumed sum is printed.
import queue
import threading

q = queue.Queue(maxsize=4)
consumed = []
lock = threading.Lock()
peak = [0]

def producer(start):
    for i in range(start, start + 250):
        q.put(i)
        size = q.qsize()
        with lock:
            if size > peak[0]:
                peak[0] = size

def consumer():
    mine = []
    while True:
        item = q.get()
        if item is None:
            break
        mine.append(item)
    with lock:
        consumed.extend(mine)

producers = [threading.Thread(target=producer, args=(k * 1000,)) for k in range(3)]
consumers = [threading.Thread(target=consumer) for k in range(2)]
for t in consumers + producers:
    t.start()
for t in producers:
    t.join()
for t in consumers:
    q.put(None)
for t in consumers:
    t.join()
print('consumed', len(consumed), 'sum', sum(consumed))
print('each once', sorted(consumed) == [k * 1000 + i for k in range(3) for i in range(250)])
print('never above maxsize', peak[0] <= 4, 'empty at the end', q.empty())

# Each producer's items arrive in its own order (FIFO per producer), with one consumer.
q = queue.Queue(2)
got = []
def consume_all(n):
    for i in range(n):
        got.append(q.get())
c = threading.Thread(target=consume_all, args=(60,))
c.start()
ps = [threading.Thread(target=lambda k=k: [q.put((k, i)) for i in range(20)]) for k in range(3)]
for p in ps:
    p.start()
for p in ps:
    p.join()
c.join()
print('per-producer order kept', all([i for (k2, i) in got if k2 == k] == list(range(20)) for k in range(3)))

# A blocked put goes on once a get makes room; a blocked get once a put arrives.
q = queue.Queue(1)
q.put('first')
log = []
put_done = []
def put_second():
    q.put('second')
    put_done.append(True)
t = threading.Thread(target=put_second)
t.start()
t.join(0.02)
log.append('put blocked: %s' % t.is_alive())
log.append('got ' + q.get())
t.join()
log.append('second put done: %s' % put_done)
log.append('got ' + q.get())
e = queue.Queue()
def put_late():
    log.append('putting')
    e.put('late item')
t = threading.Thread(target=put_late)
t.start()
log.append('got ' + e.get(timeout=5))
t.join()
print(log)

# SimpleQueue between two threads.
sq = queue.SimpleQueue()
total = [0]
def simple_consumer():
    while True:
        x = sq.get()
        if x is None:
            return
        total[0] += x
t = threading.Thread(target=simple_consumer)
t.start()
for i in range(500):
    sq.put(i)
sq.put(None)
t.join()
print('SimpleQueue total', total[0])
