# Checks threads that compute results into slots, joined and printed in a fixed order: args and kwargs, a thread without a target, join() returning None, appends from many threads, threads run one after another.
import threading


def square_sum(slot, n, out, scale=1):
    total = 0
    for i in range(n):
        total += i * i
    out[slot] = total * scale


results = [None] * 5
threads = []
for k in range(5):
    t = threading.Thread(target=square_sum, args=(k, 1000 * (k + 1), results), kwargs={'scale': k + 1})
    threads.append(t)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print([sum(i * i for i in range(1000 * (k + 1))) * (k + 1) for k in range(5)] == results)

# A thread with no target runs nothing and ends.
empty = threading.Thread()
empty.start()
empty.join()
print('no target', empty.is_alive())

# The target's return value is dropped: threads report through shared objects.
def returns():
    return 42
t = threading.Thread(target=returns)
t.start()
print('join returns', t.join())

# Appending to one list from many threads loses nothing (list.append is atomic).
shared = []
def appender(k):
    for i in range(200):
        shared.append(k)
ts = [threading.Thread(target=appender, args=(k,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(len(shared), [shared.count(k) for k in range(4)])

# A closure updating a dict slot per thread.
counts = {}
def count_letters(word):
    n = 0
    for ch in word:
        if ch in 'aeiou':
            n += 1
    counts[word] = n
words = ['threading', 'interpreter', 'lock', 'queue']
ts = [threading.Thread(target=count_letters, args=(w,)) for w in words]
for t in ts:
    t.start()
for t in ts:
    t.join()
print([(w, counts[w]) for w in words])

# Threads started and joined one after another run in sequence.
order = []
for k in range(3):
    t = threading.Thread(target=order.append, args=(k,))
    t.start()
    t.join()
print(order)
