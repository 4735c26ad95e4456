# Checks Thread lifecycle: is_alive before, during and after, the daemon flag (default, keyword, inherited, set before start), ident before start, and the RuntimeErrors for start twice, join before start, join of the current thread, and daemon on an active thread.
import threading


def attempt(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'raised', type(e).__name__, e)


release = threading.Event()
t = threading.Thread(target=release.wait)
print('before start: alive', t.is_alive(), 'daemon', t.daemon, 'ident', t.ident)
attempt('join before start', t.join)
t.start()
print('running: alive', t.is_alive(), 'has ident', t.ident is not None)
attempt('start twice', t.start)
attempt('daemon on an active thread', lambda: setattr(t, 'daemon', True))
release.set()
t.join()
print('after join: alive', t.is_alive(), 'daemon', t.daemon)
attempt('start after end', t.start)
attempt('join again', t.join)
attempt('join of the current thread', threading.current_thread().join)
print('main alive', threading.main_thread().is_alive(), 'main daemon', threading.main_thread().daemon)

d = threading.Thread(target=release.wait, daemon=True)
print('daemon=True', d.daemon)
d.daemon = False
print('set to False before start', d.daemon)
d.daemon = True
d.start()
d.join()
print('daemon thread ended', d.is_alive())

# A thread started by a daemon thread is a daemon by default; one made by a normal thread is not.
flags = {}
def spawn(key):
    child = threading.Thread(target=lambda: None)
    flags[key] = child.daemon
    child.start()
    child.join()
for key, daemon in (('from daemon', True), ('from normal', False)):
    p = threading.Thread(target=spawn, args=(key,), daemon=daemon)
    p.start()
    p.join()
print(flags)

# A thread may join another one.
order = []
go = threading.Event()
def first_body():
    go.wait()
    order.append('first')
first = threading.Thread(target=first_body)
def second_body():
    first.join()
    order.append('second after first')
second = threading.Thread(target=second_body)
first.start()
second.start()
go.set()
second.join()
print(order, first.is_alive())

# SystemExit ends only the thread, silently.
def quit_thread():
    order.append('before exit')
    raise SystemExit(3)
q = threading.Thread(target=quit_thread)
q.start()
q.join()
print('after SystemExit in a thread', q.is_alive(), order[-1])
