# Checks the time module: sleep, perf_counter, time, time_ns and sleep's error.
import time
t0 = time.perf_counter()
time.sleep(0.05)
el = time.perf_counter() - t0
print(el >= 0.05, el < 1, time.time() > 1.7e9, type(time.time_ns()).__name__)
from time import sleep
sleep(0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
