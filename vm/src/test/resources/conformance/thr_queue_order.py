# Checks the order of queue.Queue (FIFO), LifoQueue, PriorityQueue (tuples, ties decided by < only) and SimpleQueue, with qsize/empty/full and the queue attribute.
import queue

for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls()
    print(cls.__name__, 'empty', q.empty(), 'qsize', q.qsize(), 'full', q.full(), 'maxsize', q.maxsize)
    for x in [5, 1, 4, 1, 3, 9, 2, 6]:
        q.put(x)
    print('  qsize', q.qsize(), 'empty', q.empty(), 'full', q.full())
    print('  out', [q.get() for i in range(8)], 'empty', q.empty())

# Interleaved puts and gets keep FIFO order, also past thousands of items.
q = queue.Queue()
out = []
n = 0
for step in range(3000):
    q.put(n)
    n += 1
    if step % 3 != 0:
        out.append(q.get())
while not q.empty():
    out.append(q.get())
print('fifo order kept', out == list(range(n)), len(out))

q = queue.Queue()
for word in ['a', 'b', 'c', 'd']:
    q.put(word)
q.get()
print(q.queue, list(q.queue), len(q.queue), 'c' in q.queue, q.queue[0])

# Priorities as tuples; equal priorities fall back on the second element.
pq = queue.PriorityQueue()
for item in [(2, 'write'), (1, 'read'), (3, 'close'), (1, 'open'), (2, 'flush')]:
    pq.put(item)
print([pq.get() for i in range(5)])


# Items whose < looks only at the priority come out in heapq's order among equals.
class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


pq = queue.PriorityQueue()
names = 'abcdefghijklmnop'
for i in range(len(names)):
    pq.put(Task((i * 7) % 3, names[i]))
print(''.join(pq.get().name for i in range(len(names))))
for i in range(12):
    pq.put(Task(i % 2, names[i]))
    if i % 3 == 2:
        print(pq.get().name, end=' ')
print('|', ''.join(pq.get().name for i in range(pq.qsize())))

lq = queue.LifoQueue(3)
for x in 'xyz':
    lq.put(x)
print('lifo full', lq.full(), lq.queue, lq.get(), lq.full())

sq = queue.SimpleQueue()
print('SimpleQueue empty', sq.empty(), sq.qsize())
for x in range(5):
    sq.put(x * x)
print(sq.qsize(), [sq.get() for i in range(5)], sq.empty())

# A bound of 0 or less means unbounded.
for size in (0, -1):
    q = queue.Queue(size)
    for i in range(100):
        q.put_nowait(i)
    print('maxsize', size, 'qsize', q.qsize(), 'full', q.full())
