# Checks Condition.wait_for with a predicate (and its return value), wait and wait_for timing out with False, notify(n) and notify_all waking the right number of waiters.
import threading
import time

cond = threading.Condition()
items = []

def producer():
    for i in range(5):
        with cond:
            items.append(i)
            cond.notify_all()

with cond:
    t = threading.Thread(target=producer)
    t.start()
    result = cond.wait_for(lambda: len(items) >= 5)
    print('wait_for returned', result, 'items', items)
t.join()

# The predicate's value is returned, whatever its type.
with cond:
    print('already true', cond.wait_for(lambda: 'yes'))
    print('already true list', cond.wait_for(lambda: [1, 2]))

# Time-outs: wait returns False, wait_for returns the predicate's last (false) value.
with cond:
    t0 = time.monotonic()
    print('wait(0.02) timed out', cond.wait(0.02))
    print('wait_for timed out', repr(cond.wait_for(lambda: 0, timeout=0.02)))
    print('wait_for empty list', repr(cond.wait_for(lambda: [], 0.01)))
    print('waited', time.monotonic() - t0 >= 0.045)
    print('wait(0)', cond.wait(0))
    print('wait(-1)', cond.wait(-1))

# notify(2) wakes two of four waiters, notify_all the rest.
gate = threading.Condition()
state = {'waiting': 0, 'permits': 0, 'woken': 0}

def waiter():
    with gate:
        state['waiting'] += 1
        gate.notify_all()
        while state['permits'] == 0:
            gate.wait()
        state['permits'] -= 1
        state['woken'] += 1
        gate.notify_all()

ws = [threading.Thread(target=waiter) for i in range(4)]
for w in ws:
    w.start()
with gate:
    gate.wait_for(lambda: state['waiting'] == 4)
    state['permits'] = 2
    gate.notify(2)
    gate.wait_for(lambda: state['woken'] == 2)
    print('after notify(2): woken', state['woken'], 'permits left', state['permits'])
    state['permits'] = 2
    gate.notify_all()
    gate.wait_for(lambda: state['woken'] == 4)
    print('after notify_all: woken', state['woken'])
for w in ws:
    w.join()
print('alive', [w.is_alive() for w in ws])

# notify with nobody waiting does nothing.
with gate:
    gate.notify()
    gate.notify(5)
    gate.notify_all()
print('notify with no waiters ok')

# A Condition over an explicit RLock can be entered again by its owner.
rl = threading.RLock()
c2 = threading.Condition(rl)
with c2:
    with rl:
        print('reentered', c2.wait(0.01))
print('rlock free again', rl.acquire(False))
rl.release()
