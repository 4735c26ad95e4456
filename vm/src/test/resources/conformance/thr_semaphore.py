# Checks Semaphore and BoundedSemaphore: counting, acquire(False) and timeouts at zero, release(n), limiting concurrency, and their ValueErrors ("Semaphore released too many times").
import threading
import time


def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


sem = threading.Semaphore(2)
print('acquire', sem.acquire(), sem.acquire())
print('acquire(False) at zero', sem.acquire(False))
print('acquire(blocking=False) at zero', sem.acquire(blocking=False))
t0 = time.monotonic()
print('acquire(timeout=0.02) at zero', sem.acquire(timeout=0.02))
print('waited', time.monotonic() - t0 >= 0.018)
print('acquire(timeout=0) at zero', sem.acquire(timeout=0))
print('acquire(timeout=-1) at zero', sem.acquire(timeout=-1))
sem.release()
sem.release()
sem.release()
print('a plain Semaphore may go above its start value:', [sem.acquire(False) for i in range(4)])
sem.release(3)
print('after release(3):', [sem.acquire(False) for i in range(4)])
print('acquire(timeout=-1) when available', sem.release() or sem.acquire(timeout=-1))

attempt('Semaphore(-1)', lambda: threading.Semaphore(-1))
attempt('release(0)', lambda: sem.release(0))
attempt('acquire(False, 1)', lambda: sem.acquire(False, 1))
attempt('Semaphore(0).acquire(False)', lambda: threading.Semaphore(0).acquire(False))
one = threading.Semaphore()
print('Semaphore() starts at 1:', one.acquire(False), one.acquire(False))

bounded = threading.BoundedSemaphore(2)
attempt('BoundedSemaphore release at start value', bounded.release)
bounded.acquire()
attempt('BoundedSemaphore release after acquire', bounded.release)
attempt('BoundedSemaphore release again', bounded.release)
bounded.acquire()
bounded.acquire()
attempt('BoundedSemaphore release(3) from zero', lambda: bounded.release(3))
attempt('BoundedSemaphore release(2) from zero', lambda: bounded.release(2))
attempt('BoundedSemaphore(-2)', lambda: threading.BoundedSemaphore(-2))
print('is a Semaphore', isinstance(bounded, threading.Semaphore))

sem.release()
with sem as entered:
    print('with: entered', entered, 'inside', sem.acquire(False))
print('after with', sem.acquire(False))

# At most 3 of 8 workers inside at once.
limit = threading.BoundedSemaphore(3)
guard = threading.Lock()
inside = [0]
peak = [0]
done = []
def worker(k):
    with limit:
        with guard:
            inside[0] += 1
            if inside[0] > peak[0]:
                peak[0] = inside[0]
        time.sleep(0.01)
        with guard:
            inside[0] -= 1
            done.append(k)
ws = [threading.Thread(target=worker, args=(k,)) for k in range(8)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print('peak at most 3:', peak[0] <= 3, 'finished', sorted(done), 'inside', inside[0])

# A released permit wakes a thread blocked in acquire.
gate = threading.Semaphore(0)
log = []
def blocked():
    gate.acquire()
    log.append('acquired after release')
t = threading.Thread(target=blocked)
t.start()
t.join(0.02)
log.append('still blocked: %s' % t.is_alive())
gate.release()
t.join()
print(log)
