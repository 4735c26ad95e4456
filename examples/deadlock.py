# deadlock.py: two threads take two locks in opposite orders (seed 001's classic bug).
#
# Run:    ./gilvm examples/deadlock.py          (deadlocks; gilvm explains and exits 3)
#         ./gilvm examples/deadlock.py fixed    (both take the locks in the same order)
#         python3 examples/deadlock.py          (CPython hangs forever: press Ctrl-C)
# Watch:  transfer A->B holds lock a and waits for b; transfer B->A holds b and waits for a.
#         Neither can go on, and the main thread waits for both in join(). CPython just hangs.
#         gilvm sees that every thread is blocked with no timeout and prints "Deadlock
#         detected:", what each thread holds and waits for, each with its file:line, and the
#         cycle, then exits with status 3.
#         With "fixed", every thread takes the locks in one global order (a before b): no cycle
#         can form, and both transfers complete.
import sys
import threading
import time

a = threading.Lock()
b = threading.Lock()
balances = {"a": 100, "b": 100}


def transfer(first, second, source, target, amount):
    with first:
        time.sleep(0.1)  # long enough for the other thread to take its first lock
        with second:
            balances[source] -= amount
            balances[target] += amount


fixed = len(sys.argv) > 1 and sys.argv[1] == "fixed"
one = threading.Thread(target=transfer, args=(a, b, "a", "b", 30), name="transfer A->B")
two = threading.Thread(target=transfer, args=(a, b, "b", "a", 10) if fixed else (b, a, "b", "a", 10),
                       name="transfer B->A")
one.start()
two.start()
one.join()
two.join()
print("balances:", balances)
