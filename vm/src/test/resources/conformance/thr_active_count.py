# Checks active_count() and enumerate(): 1 with only the main thread, counting threads that are blocked, back to 1 after joins; get_ident() agrees with current_thread().ident and differs between live threads.
import threading

print('at start', threading.active_count(), [t.name for t in threading.enumerate()])
print('main is listed', threading.main_thread() in threading.enumerate())
print('get_ident is an int', type(threading.get_ident()).__name__)
print('get_ident is main ident', threading.get_ident() == threading.main_thread().ident)

gate = threading.Event()
arrived = threading.Semaphore(0)
idents = {}
def blocked(k):
    idents[k] = (threading.get_ident(), threading.current_thread().ident)
    arrived.release()
    gate.wait()

ts = [threading.Thread(target=blocked, args=(k,), name='blocked-%d' % k) for k in range(3)]
print('created, not started', threading.active_count())
for t in ts:
    t.start()
for t in ts:
    arrived.acquire()
print('three blocked', threading.active_count(), len(threading.enumerate()))
print('names', sorted(t.name for t in threading.enumerate()))
print('enumerate holds the Thread objects', all(t in threading.enumerate() for t in ts))
print('get_ident() == current_thread().ident in each', [idents[k][0] == idents[k][1] for k in range(3)])
print('idents distinct while alive', len(set([idents[k][0] for k in range(3)] + [threading.get_ident()])))
print('ident attribute matches', [idents[k][0] == ts[k].ident for k in range(3)])
gate.set()
for t in ts:
    t.join()
print('after joins', threading.active_count(), [t.name for t in threading.enumerate()])

# A thread that has run and been joined is no longer counted.
done = threading.Event()
def quick():
    done.set()
t = threading.Thread(target=quick)
t.start()
done.wait()
t.join()
print('after a quick thread', threading.active_count())
