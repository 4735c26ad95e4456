# Checks the error types and messages of Lock, RLock and Condition misuse: releasing unlocked or un-acquired locks, timeouts on non-blocking calls, negative timeouts, waits and notifies without the lock.
import threading


def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


lock = threading.Lock()
attempt('Lock.release unlocked', lock.release)
attempt('Lock.acquire(False, 1)', lambda: lock.acquire(False, 1))
attempt('Lock.acquire(False, 0)', lambda: lock.acquire(False, 0))
attempt('Lock.acquire(blocking=False, timeout=0.5)', lambda: lock.acquire(blocking=False, timeout=0.5))
attempt('Lock.acquire(timeout=-2)', lambda: lock.acquire(timeout=-2))
attempt('Lock.acquire(timeout=-0.5)', lambda: lock.acquire(timeout=-0.5))
print('still unlocked', lock.locked())
attempt('Lock.acquire(timeout=-1)', lambda: lock.acquire(timeout=-1))
lock.release()
lock.acquire()
lock.release()
attempt('Lock.release twice', lock.release)

rlock = threading.RLock()
attempt('RLock.release un-acquired', rlock.release)
attempt('RLock.acquire(False, 1)', lambda: rlock.acquire(False, 1))
attempt('RLock.acquire(timeout=-2)', lambda: rlock.acquire(timeout=-2))
rlock.acquire()
rlock.release()
attempt('RLock.release after balance', rlock.release)

# An RLock can only be released by the thread that holds it.
rlock.acquire()
def release_foreign():
    attempt('RLock.release by another thread', rlock.release)
t = threading.Thread(target=release_foreign)
t.start()
t.join()
rlock.release()

cond = threading.Condition()
attempt('Condition.wait without the lock', lambda: cond.wait(0.01))
attempt('Condition.wait_for without the lock', lambda: cond.wait_for(lambda: True, 0.01))
attempt('Condition.notify without the lock', cond.notify)
attempt('Condition.notify_all without the lock', cond.notify_all)
attempt('Condition release without the lock', cond.release)

# A Condition on a plain Lock held by another thread: this thread does not own it.
plain = threading.Lock()
cond2 = threading.Condition(plain)
plain.acquire()
def notify_foreign():
    attempt('notify on a Lock held elsewhere', cond2.notify)
t = threading.Thread(target=notify_foreign)
t.start()
t.join()
plain.release()

# The errors are RuntimeError and ValueError exactly.
try:
    threading.Lock().release()
except RuntimeError as e:
    print('RuntimeError caught', isinstance(e, Exception), e.args)
try:
    threading.Lock().acquire(False, 2)
except ValueError as e:
    print('ValueError caught', e.args)
