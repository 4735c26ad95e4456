# Checks sys.getswitchinterval() (default 0.005) and sys.setswitchinterval round trips (stored in whole microseconds, as CPython does), its errors, and threads still finishing with a short interval.
import sys
import threading

print('default', sys.getswitchinterval())
sys.setswitchinterval(0.001)
print('after setswitchinterval(0.001)', sys.getswitchinterval())
for value in (0.002, 0.0005, 0.0031, 1e-06, 1.5e-06, 0.0012345, 0.1, 0.25, 1, 2.5):
    sys.setswitchinterval(value)
    print(value, '->', sys.getswitchinterval())

for bad in (0, 0.0, -1, -0.001, 'x', None):
    try:
        sys.setswitchinterval(bad)
        print(repr(bad), 'accepted')
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print('unchanged by the errors', sys.getswitchinterval())

sys.setswitchinterval(0.001)
total = [0]
lock = threading.Lock()
def work(n):
    s = 0
    for i in range(n):
        s += i
    with lock:
        total[0] += s
ts = [threading.Thread(target=work, args=(20000,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('threads finished', total[0] == 3 * sum(range(20000)))
sys.setswitchinterval(0.005)
print('restored', sys.getswitchinterval())
