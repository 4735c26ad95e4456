# Checks threading.Lock: acquire/release, locked(), acquire(False) and acquire(timeout=...) on a held lock returning False, with-statements, and a lock-protected counter across threads.
import threading
import time

lock = threading.Lock()
print('locked at start', lock.locked())
print('acquire', lock.acquire())
print('locked', lock.locked())
print('acquire(False) while held', lock.acquire(False))
print('acquire(blocking=False) while held', lock.acquire(blocking=False))
t0 = time.monotonic()
print('acquire(timeout=0.01) while held', lock.acquire(timeout=0.01))
print('waited about the timeout', time.monotonic() - t0 >= 0.009)
print('acquire(True, 0.01) while held', lock.acquire(True, 0.01))
print('acquire(timeout=0) while held', lock.acquire(timeout=0))
lock.release()
print('locked after release', lock.locked())
print('acquire(False) when free', lock.acquire(False))
lock.release()
print('acquire(timeout=-1) when free', lock.acquire(timeout=-1))
lock.release()
print('acquire(False, -1) when free', lock.acquire(False, -1))
lock.release()

with lock as entered:
    print('with: entered', entered, 'locked', lock.locked())
print('after with', lock.locked())
try:
    with lock:
        raise KeyError('inside')
except KeyError as e:
    print('exception through with', repr(e), 'locked', lock.locked())

# Another thread sees the lock held and cannot take it.
seen = []
def try_take():
    seen.append(lock.acquire(False))
    seen.append(lock.acquire(timeout=0.01))
lock.acquire()
t = threading.Thread(target=try_take)
t.start()
t.join()
lock.release()
t = threading.Thread(target=try_take)
t.start()
t.join()
print('other thread', seen, 'locked', lock.locked())
lock.release()

# A lock released by a thread other than its owner: allowed for Lock.
lock.acquire()
t = threading.Thread(target=lock.release)
t.start()
t.join()
print('released by another thread', lock.locked())

# A read-modify-write protected by the lock loses no update.
counter = 0
def add(n):
    global counter
    for i in range(n):
        with lock:
            value = counter
            counter = value + 1
workers = [threading.Thread(target=add, args=(2000,)) for i in range(4)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('counter', counter)

# A blocked acquire proceeds once the holder releases.
lock.acquire()
events = []
def waiter():
    with lock:
        events.append('waiter got the lock')
t = threading.Thread(target=waiter)
t.start()
time.sleep(0.02)
events.append('main releases')
lock.release()
t.join()
print(events)
