'''A multi-producer, multi-consumer queue.

gilvm's queue module, written in Python on top of threading.Lock and threading.Condition, the
way CPython's Lib/queue.py is, so a student can read how a blocking queue is built from a lock
and condition variables. It behaves as CPython 3.11's queue module does: the same classes,
methods, exceptions and error messages, and the same order of items (a PriorityQueue hands out
equal items in the order heapq would).

It is written in the subset of Python that gilvm runs: there is no collections.deque and no
heapq, so the FIFO and the heap are small classes of their own below.

Notes on the implementation:
- Every queue has one mutex, shared by its conditions (not_empty, not_full, all_tasks_done):
  holding any of the conditions means holding the mutex, so the state they guard (the items and
  unfinished_tasks) is only ever read or changed by one thread at a time.
- A condition's wait() can return without the thing it waited for being true (another thread
  got there first, or the wait timed out), so every wait sits in a loop that checks again.
- A wait with a timeout recomputes what is left of it from a fixed deadline on time.monotonic,
  so a thread woken many times in vain still gives up on time.
'''

import threading
from time import monotonic as _monotonic

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


_NEGATIVE_TIMEOUT = "'timeout' must be a non-negative number"


class _Fifo:
    '''A first-in, first-out sequence: append at the end, popleft from the front, both O(1)
    amortized.

    CPython uses collections.deque here. A plain list would do, but list.pop(0) moves every
    remaining item, which makes draining a long queue quadratic. Instead the items stay where
    they are and _head marks the first one still in the queue; the slots in front of it are
    reclaimed in one slice deletion once they make up half of the list, so each item is moved
    at most about once on average.
    '''

    # Below this many dead slots, compacting is not worth a slice deletion.
    _COMPACT_AT = 32

    def __init__(self):
        self._items = []
        self._head = 0

    def append(self, item):
        self._items.append(item)

    def popleft(self):
        if self._head >= len(self._items):
            raise IndexError('pop from an empty deque')
        item = self._items[self._head]
        # Drop the list's reference now, not at the next compaction: a popped item must die
        # as soon as its taker lets go of it, as it does with a deque (its __del__ runs then).
        self._items[self._head] = None
        self._head += 1
        if self._head == len(self._items):
            self._items.clear()
            self._head = 0
        elif self._head >= self._COMPACT_AT and self._head * 2 >= len(self._items):
            del self._items[:self._head]
            self._head = 0
        return item

    def clear(self):
        self._items.clear()
        self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __iter__(self):
        i = self._head
        while i < len(self._items):
            yield self._items[i]
            i += 1

    def __contains__(self, item):
        for x in self:
            if x is item or x == item:
                return True
        return False

    def __getitem__(self, index):
        n = len(self)
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return self._items[self._head + index]

    # Queue.queue is a deque in CPython; a program that prints it should print the same.
    def __repr__(self):
        return 'deque(' + repr(list(self)) + ')'


# The heap of a PriorityQueue: a list kept in heap order (heap[k] <= heap[2*k+1] and
# heap[k] <= heap[2*k+2]), so heap[0] is the smallest item. These are the same algorithms as
# CPython's heapq (including its pop, which walks the hole left at the root down to a leaf and
# then moves the last item up from there), and like heapq they compare items with < only. That
# matters beyond speed: a heap is not stable, and items that are equal as far as < can tell
# (say (1, a) and (1, b) where a < b would fail) come out in an order that depends on exactly
# which comparisons were made. Making the same ones as heapq gives CPython's order.

def _heap_push(heap, item):
    heap.append(item)
    _sift_toward_root(heap, 0, len(heap) - 1)


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sift_toward_leaves(heap, 0)
    return smallest


def _sift_toward_root(heap, root, pos):
    # The item at pos may be smaller than its parents: move the parents that are larger one
    # level down until its place is found.
    item = heap[pos]
    while pos > root:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sift_toward_leaves(heap, pos):
    # The item at pos (the old last item) is probably large. Rather than compare it with both
    # children at every level, promote the smaller child all the way down to a leaf, then let
    # the item rise back from that leaf: fewer comparisons on average (heapq's reasoning).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # One mutex for the three conditions: see the notes at the top of the module.
        self.mutex = threading.Lock()
        # Notified when an item is added: a thread waiting in get() may go on.
        self.not_empty = threading.Condition(self.mutex)
        # Notified when an item is taken: a thread waiting in put() may go on.
        self.not_full = threading.Condition(self.mutex)
        # Notified (all waiters) when unfinished_tasks reaches zero: join() may return.
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.

        For each get() used to fetch a task, a later call to task_done() tells the queue that
        the processing of that task is complete. Raises ValueError if called more times than
        there were items put into the queue.
        '''
        with self.all_tasks_done:
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):
        '''Block until every item put into the queue has been gotten and processed
        (task_done() called for it).'''
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    # qsize, empty and full are true when they return and may be false a moment later, when
    # another thread has put or got: they are hints, not something to decide a put or get on.

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        with self.mutex:
            return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        with self.mutex:
            return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise (not reliable!).'''
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        If block is true and timeout is None (the default), block if necessary until a free
        slot is available. If timeout is a non-negative number, block at most timeout seconds
        and raise Full if no slot became free in that time. If block is false, put the item
        if a slot is free right now, else raise Full (timeout is then ignored).
        '''
        with self.not_full:
            # An unbounded queue never waits, so it never looks at block or timeout.
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()
                elif timeout < 0:
                    raise ValueError(_NEGATIVE_TIMEOUT)
                else:
                    deadline = _monotonic() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = deadline - _monotonic()
                        if remaining <= 0.0:
                            raise Full
                        self.not_full.wait(remaining)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If block is true and timeout is None (the default), block if necessary until an item
        is available. If timeout is a non-negative number, block at most timeout seconds and
        raise Empty if no item arrived in that time. If block is false, return an item if one
        is there right now, else raise Empty (timeout is then ignored).
        '''
        with self.not_empty:
            if not block:
                if not self._qsize():
                    raise Empty
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()
            elif timeout < 0:
                raise ValueError(_NEGATIVE_TIMEOUT)
            else:
                deadline = _monotonic() + timeout
                while not self._qsize():
                    remaining = deadline - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self.not_empty.wait(remaining)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        '''Put an item into the queue if a slot is free right now, else raise Full.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item if one is there right now, else raise Empty.'''
        return self.get(block=False)

    # The storage of the items, behind four methods that subclasses override for another order
    # (LifoQueue, PriorityQueue), as in CPython. They are only called with the mutex held.

    def _init(self, maxsize):
        self.queue = _Fifo()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form: (priority number, data).
    '''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heap_push(self.queue, item)

    def _get(self):
        return _heap_pop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded FIFO queue.

    Without a maximum size, put never blocks, and there is no task_done or join: a lighter
    queue for handing items from producers to consumers. CPython implements it in C; this one
    follows the C version's rules (with block false, get ignores timeout, even a negative one).
    '''

    def __init__(self):
        self._queue = _Fifo()
        self._mutex = threading.Lock()
        self._not_empty = threading.Condition(self._mutex)

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue.

        The optional block and timeout arguments are ignored, as this method never blocks.
        They are provided for compatibility with the Queue class.
        '''
        with self._not_empty:
            self._queue.append(item)
            self._not_empty.notify()

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If block is true and timeout is None (the default), block if necessary until an item
        is available. If timeout is a non-negative number, block at most timeout seconds and
        raise Empty if no item arrived in that time. If block is false, return an item if one
        is there right now, else raise Empty (timeout is then ignored).
        '''
        if block and timeout is not None and timeout < 0:
            raise ValueError(_NEGATIVE_TIMEOUT)
        with self._not_empty:
            if not block:
                if not len(self._queue):
                    raise Empty
            elif timeout is None:
                while not len(self._queue):
                    self._not_empty.wait()
            else:
                deadline = _monotonic() + timeout
                while not len(self._queue):
                    remaining = deadline - _monotonic()
                    if remaining <= 0.0:
                        raise Empty
                    self._not_empty.wait(remaining)
            return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking (the same as put(item, block=False)).'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item if one is there right now, else raise Empty.'''
        return self.get(block=False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise (not reliable!).'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue (not reliable!).'''
        return len(self._queue)
