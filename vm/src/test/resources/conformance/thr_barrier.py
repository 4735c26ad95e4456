# Checks threading.Barrier: parties, wait() indices (printed sorted), the action run once per round, n_waiting, reuse over rounds, and abort/timeout raising BrokenBarrierError.
import threading

actions = []
barrier = threading.Barrier(3, action=lambda: actions.append('action'))
print('parties', barrier.parties, 'n_waiting', barrier.n_waiting, 'broken', barrier.broken)

indices = []
events = []
lock = threading.Lock()
def party(k):
    for rnd in range(3):
        with lock:
            events.append(('arrive', rnd))
        i = barrier.wait()
        with lock:
            indices.append((rnd, i))
            events.append(('leave', rnd))
ts = [threading.Thread(target=party, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('indices', sorted(indices))
print('actions', actions)
# Nobody leaves a round before everybody has arrived at it.
ok = True
for rnd in range(3):
    arrivals = [i for i, e in enumerate(events) if e == ('arrive', rnd)]
    departures = [i for i, e in enumerate(events) if e == ('leave', rnd)]
    ok = ok and len(arrivals) == 3 and len(departures) == 3 and max(arrivals) < min(departures)
print('every round complete before anyone leaves', ok)
print('n_waiting', barrier.n_waiting, 'broken', barrier.broken)

# A one-party barrier never blocks.
solo = threading.Barrier(1)
print('solo', solo.wait(), solo.wait())

# A wait that times out breaks the barrier for everybody.
b2 = threading.Barrier(2)
try:
    b2.wait(0.02)
except threading.BrokenBarrierError as e:
    print('timeout:', type(e).__name__, repr(str(e)), 'broken', b2.broken)
try:
    b2.wait()
except threading.BrokenBarrierError:
    print('waiting on a broken barrier raises at once')
b2.reset()
print('after reset broken', b2.broken, 'n_waiting', b2.n_waiting)

# abort() releases a thread blocked in wait() with BrokenBarrierError.
b3 = threading.Barrier(3)
outcome = []
def blocked():
    try:
        b3.wait()
        outcome.append('passed')
    except threading.BrokenBarrierError:
        outcome.append('broken')
t = threading.Thread(target=blocked)
t.start()
while b3.n_waiting < 1:
    t.join(0.001)
b3.abort()
t.join()
print('after abort', outcome, b3.broken)
print('BrokenBarrierError is a RuntimeError', issubclass(threading.BrokenBarrierError, RuntimeError))
