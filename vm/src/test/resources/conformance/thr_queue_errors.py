# Checks queue.Empty and queue.Full from the nowait methods, non-blocking calls and timeouts, the negative-timeout ValueError, and task_done() called too many times.
import queue
import time


def attempt(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, 'raised', type(e).__name__, repr(str(e)))


print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception), issubclass(queue.Empty, queue.Full))
q = queue.Queue(2)
attempt('get_nowait on empty', q.get_nowait)
attempt('get(False) on empty', lambda: q.get(False))
attempt('get(block=False, timeout=-1) on empty', lambda: q.get(block=False, timeout=-1))
attempt('get(timeout=0) on empty', lambda: q.get(timeout=0))
attempt('get(timeout=-1) on empty', lambda: q.get(timeout=-1))
t0 = time.monotonic()
attempt('get(timeout=0.02) on empty', lambda: q.get(timeout=0.02))
print('waited', time.monotonic() - t0 >= 0.018)

q.put('a')
q.put('b')
attempt('put_nowait on full', lambda: q.put_nowait('c'))
attempt('put(c, False) on full', lambda: q.put('c', False))
attempt('put(c, timeout=0) on full', lambda: q.put('c', timeout=0))
attempt('put(c, timeout=-1) on full', lambda: q.put('c', timeout=-1))
t0 = time.monotonic()
attempt('put(c, timeout=0.02) on full', lambda: q.put('c', timeout=0.02))
print('waited', time.monotonic() - t0 >= 0.018)
print('contents unchanged', list(q.queue), q.qsize())
attempt('get(timeout=-1) with items', lambda: q.get(timeout=-1))
attempt('get(timeout=0) with items', lambda: q.get(timeout=0))
attempt('put(c, timeout=-1) with room', lambda: q.put('c', timeout=-1))
attempt('put(d, timeout=0) on full again', lambda: q.put('d', timeout=0))

# An unbounded queue never checks the timeout of put.
u = queue.Queue()
attempt('unbounded put(timeout=-1)', lambda: u.put(1, timeout=-1))

print('unfinished_tasks', q.unfinished_tasks)
for i in range(q.unfinished_tasks):
    q.task_done()
attempt('task_done one time too many', q.task_done)
attempt('join with nothing unfinished', q.join)

for cls in (queue.LifoQueue, queue.PriorityQueue):
    q = cls(1)
    attempt(cls.__name__ + '.get_nowait', q.get_nowait)
    q.put(1)
    attempt(cls.__name__ + '.put_nowait', lambda: q.put_nowait(2))

sq = queue.SimpleQueue()
attempt('SimpleQueue.get_nowait', sq.get_nowait)
attempt('SimpleQueue.get(timeout=0.01)', lambda: sq.get(timeout=0.01))
attempt('SimpleQueue.get(timeout=-1)', lambda: sq.get(timeout=-1))
attempt('SimpleQueue.get(False, -1)', lambda: sq.get(False, -1))
attempt('SimpleQueue.put(x, timeout=-1)', lambda: sq.put('x', timeout=-1))
attempt('SimpleQueue.get(False, 5)', lambda: sq.get(False, 5))

# The exceptions can be raised and caught like any other.
try:
    raise queue.Full('no room')
except queue.Full as e:
    print('caught', type(e).__name__, e)
try:
    queue.Queue().get_nowait()
except Exception as e:
    print('caught as Exception', type(e).__name__, e.args)
