# Checks threading.local: each thread sees only its own attributes, the main thread's values survive the others, and attributes can be deleted and set again.
import threading

data = threading.local()
data.name = 'main'
data.items = [0]

seen = {}
def worker(k):
    before = hasattr(data, 'name'), getattr(data, 'items', 'missing')
    data.name = 'worker %d' % k
    data.items = [k] * k
    data.items.append(-k)
    seen[k] = (before, data.name, data.items)

ts = [threading.Thread(target=worker, args=(k,)) for k in range(1, 4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
for k in range(1, 4):
    print(k, seen[k])
print('main still has', data.name, data.items)

# Threads running at the same time, each with its own counter on one local object.
counter = threading.local()
go = threading.Event()
totals = [None] * 3
def count(k):
    counter.n = 0
    go.wait()
    for i in range(1000 * (k + 1)):
        counter.n += 1
    totals[k] = counter.n
ts = [threading.Thread(target=count, args=(k,)) for k in range(3)]
for t in ts:
    t.start()
go.set()
for t in ts:
    t.join()
print('independent counters', totals, 'main has n:', hasattr(counter, 'n'))

# Deleting and setting again.
data.temp = 1
del data.temp
print('deleted', hasattr(data, 'temp'))
try:
    del data.temp
except AttributeError:
    print('AttributeError on deleting a missing attribute')
try:
    data.missing
except AttributeError:
    print('AttributeError on a missing attribute')
print(getattr(data, 'missing', 'default'))

# Two local objects are independent of each other.
other = threading.local()
other.name = 'other'
print(data.name, other.name)

# A local object created in a thread, read back in main after the thread ended.
holder = []
def make():
    loc = threading.local()
    loc.value = 'set in thread'
    holder.append(loc)
t = threading.Thread(target=make)
t.start()
t.join()
print('thread-made local seen from main:', hasattr(holder[0], 'value'))
