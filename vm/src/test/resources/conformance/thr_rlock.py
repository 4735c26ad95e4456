# Checks threading.RLock: reentrant acquire by the owner, release counting down to free, nested with-statements, and other threads blocked until the last release.
import threading

rlock = threading.RLock()
print('acquire 1', rlock.acquire())
print('acquire 2', rlock.acquire())
print('acquire(False) by owner', rlock.acquire(False))
print('acquire(timeout=0.01) by owner', rlock.acquire(timeout=0.01))

seen = []
def probe(label):
    got = rlock.acquire(False)
    seen.append((label, got))
    if got:
        rlock.release()

def probe_in_thread(label):
    t = threading.Thread(target=probe, args=(label,))
    t.start()
    t.join()

for depth in (4, 3, 2, 1):
    probe_in_thread('held %d deep' % depth)
    rlock.release()
probe_in_thread('released')
print(seen)

# Nested with-statements on one RLock, and recursion that re-enters it.
def nested(level):
    with rlock as entered:
        if level == 0:
            return [entered]
        return [entered] + nested(level - 1)
print('nested', nested(3))
probe_in_thread('after nesting')
print(seen[-1])

# An exception unwinds every level.
def fail_deep(level):
    with rlock:
        if level == 0:
            raise ValueError('deep')
        fail_deep(level - 1)
try:
    fail_deep(5)
except ValueError as e:
    print('caught', e)
probe_in_thread('after exception')
print(seen[-1])

# Another thread waiting on the RLock gets it only after the owner's last release.
log = []
rlock.acquire()
rlock.acquire()
def wait_for_it():
    with rlock:
        log.append('other thread acquired')
t = threading.Thread(target=wait_for_it)
t.start()
log.append('first release')
rlock.release()
t.join(0.05)
log.append('other still waiting: %s' % t.is_alive())
log.append('last release')
rlock.release()
t.join()
print(log)

# An RLock taken in one thread and released there, used as a per-call mutex.
total = [0]
def add_many(n):
    for i in range(n):
        with rlock:
            with rlock:
                total[0] += 1
ts = [threading.Thread(target=add_many, args=(500,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('total', total[0])
