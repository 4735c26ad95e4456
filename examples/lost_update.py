# lost_update.py: the GIL protects the interpreter, not your program's logic (seed 003).
# Four threads add 1 to a global counter 250,000 times each, three ways.
#
# Run:    ./gilvm examples/lost_update.py                          (switch at back-edges: CPython 3.11)
#         ./gilvm examples/lost_update.py --switch-at=instruction  (switch anywhere: CPython < 3.10)
#         ./gilvm examples/lost_update.py --gil=off --refcount=biased
#         python3 examples/lost_update.py                          (CPython 3.11)
# Watch:  "counter += 1": with the default switch points, 0 lost in every run, as in CPython
#         3.11: a thread only gives up the GIL at a loop's back-edge, a function's entry or after
#         a call to a built-in, never between the load and the store of `counter += 1`. Yet it is
#         still not atomic: with --switch-at=instruction (or --gil=off) updates are lost.
#         "counter = add_one(counter)": entering add_one is a switch point between the read and
#         the write, so updates are lost in every mode (in CPython 3.11 too, about a quarter to
#         a half of them).
#         "with lock": 0 lost in every mode. The lock, not the GIL, makes the update atomic.
#         With --gil=off, keep --refcount=biased (or atomic): the threads share this module's
#         functions and its lock, counted objects like any other, and with plain counts those
#         counts race too; most such runs end in the simulated crash of refcount_race.py.
# Stress: ./gilvm stress examples/lost_update.py --runs 50   (each mode of the "modes:" line 50
#         times; the "outcome:" lines grade what it prints, first match wins: docs/stress.md)
# modes: gil=on,switch-at=instruction,gil=off+refcount=biased
# outcome: with lock.* [1-9][\d,]* lost$ -> forbidden "the Lock lost updates"
# outcome: \+= 1 .* 0 lost \| counter = add_one.* [1-9][\d,]* lost \| with lock.* 0 lost$ -> expected "CPython 3.11: += loses none (no switch point inside it), the call loses some, the Lock none"
# outcome: \+= 1 .* [1-9][\d,]* lost \| counter = add_one.* lost \| with lock.* 0 lost$ -> interesting "+= loses updates too: a thread switched (or ran) between its load and store; the Lock still loses none"
# outcome: \+= 1 .* 0 lost \| counter = add_one.* 0 lost \| with lock.* 0 lost$ -> interesting "nothing lost this time, not even through the call: a race is a matter of chance"
# outcome: ^crash$ -> forbidden "plain counts raced (refcount_race.py's lesson): keep --refcount=biased with --gil=off"
import threading

ROUNDS = 250_000
THREADS = 4
counter = 0
lock = threading.Lock()


def plus_equals():
    global counter
    for i in range(ROUNDS):
        counter += 1


def add_one(x):
    return x + 1


def through_a_call():
    global counter
    for i in range(ROUNDS):
        counter = add_one(counter)


def with_lock():
    global counter
    for i in range(ROUNDS):
        with lock:
            counter += 1


for name, work in [("counter += 1", plus_equals), ("counter = add_one(counter)", through_a_call),
                   ("with lock: counter += 1", with_lock)]:
    counter = 0
    threads = [threading.Thread(target=work) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    expected = ROUNDS * THREADS
    print(f"{name:28} {counter:>9,} of {expected:,}: {expected - counter:>9,} lost")
