# Checks Condition wait/notify: two threads alternating ping and pong through a shared turn variable, and a main thread handing work to a waiting thread.
import threading

cond = threading.Condition()
turn = ['ping']
log = []
ROUNDS = 6

def player(me, other):
    for i in range(ROUNDS):
        with cond:
            while turn[0] != me:
                cond.wait()
            log.append('%s %d' % (me, i))
            turn[0] = other
            cond.notify()

a = threading.Thread(target=player, args=('ping', 'pong'))
b = threading.Thread(target=player, args=('pong', 'ping'))
b.start()
a.start()
a.join()
b.join()
for line in log:
    print(line)
print('turn at the end', turn[0])

# Hand-off: main puts items one at a time, the consumer waits for each.
box = []
done = [False]
got = []
handoff = threading.Condition(threading.Lock())

def consumer():
    with handoff:
        while True:
            while not box and not done[0]:
                handoff.wait()
            if box:
                got.append(box.pop())
                handoff.notify()
            elif done[0]:
                return

t = threading.Thread(target=consumer)
t.start()
for item in ['a', 'b', 'c', 'd']:
    with handoff:
        while box:
            handoff.wait()
        box.append(item)
        handoff.notify()
with handoff:
    while box:
        handoff.wait()
    done[0] = True
    handoff.notify()
t.join()
print('handed over', got)

# wait() returns True when notified. The waiter says it is ready while holding the lock, and
# wait() releases it, so main can only set the flag once the waiter is really waiting.
results = []
ready = threading.Condition()
state = {'waiting': False, 'flag': False}
def notified_waiter():
    with ready:
        state['waiting'] = True
        ready.notify_all()
        while not state['flag']:
            results.append(ready.wait())
t = threading.Thread(target=notified_waiter)
t.start()
with ready:
    while not state['waiting']:
        ready.wait()
    state['flag'] = True
    ready.notify()
t.join()
print('wait returned', results)
