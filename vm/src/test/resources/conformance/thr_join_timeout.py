# Checks join(timeout): it returns None after the timeout while the sleeping thread is still alive, a later join() waits for the end; join(0) and a negative timeout return at once.
import threading
import time

t = threading.Thread(target=time.sleep, args=(0.5,))
t.start()
t0 = time.monotonic()
print('join(0.05) returns', t.join(0.05))
waited = time.monotonic() - t0
print('waited at least the timeout', waited >= 0.045)
print('alive after join(0.05)', t.is_alive())
print('join(0)', t.join(0), t.is_alive())
print('join(-1)', t.join(-1), t.is_alive())
t.join()
print('alive after join()', t.is_alive())
print('join(0.05) of an ended thread', t.join(0.05), t.is_alive())

# join(timeout) on a thread that ends before the timeout returns when it ends.
u = threading.Thread(target=time.sleep, args=(0.01,))
u.start()
t0 = time.monotonic()
u.join(5)
print('quick thread joined well before the timeout', time.monotonic() - t0 < 2.5, u.is_alive())

# Polling with short timeouts until a thread ends.
stop = threading.Event()
v = threading.Thread(target=stop.wait)
v.start()
polls = 0
while v.is_alive():
    v.join(0.005)
    polls += 1
    if polls == 3:
        stop.set()
print('polled', polls >= 3, 'alive', v.is_alive())
