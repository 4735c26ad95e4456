# coroutines.py: async/await without asyncio: a coroutine is an object that runs only when
# something sends to it, and an event loop is a Python loop that does the sending.
#
# Run:    ./gilvm examples/coroutines.py --audit
#         python3 -X tracemalloc examples/coroutines.py    (the same output, line for line)
# Watch:  1. calling an async def runs nothing: it makes a coroutine object, which runs one
#            step per send(None), up to its next await of something that yields.
#         2. a loop of a dozen lines interleaves two tasks at their awaits: one thread, turns taken
#            only where the code says `await`.
#         3. the missing await: `tick("forgotten")` makes a coroutine that never runs; when it
#            dies (at once: nothing holds it) gilvm prints CPython's "RuntimeWarning: coroutine
#            'tick' was never awaited" on stderr, and where the coroutine was made.
#         4. no two tasks ever run at once, yet `value = counter; await ...; counter = value + 1`
#            loses updates: the race is at the await, a logical race, not a data race.
#         5. a blocking call (time.sleep) inside a task freezes the loop: the ticker gets no turn
#            while it sleeps; awaiting a sleep that yields to the loop lets it run.
#         With --audit, every count is checked at exit: the coroutines, their frames and the
#         objects they held are all gone.
import time


class Turn:
    """await Turn() gives the loop its turn: its __await__ yields, so the send() that runs us returns."""

    def __await__(self):
        yield self


class Loop:
    def __init__(self):
        self.ready = []

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready:
            coro = self.ready.pop(0)
            try:
                coro.send(None)          # run the task up to its next await that yields
            except StopIteration:
                continue                 # it returned: drop it
            self.ready.append(coro)      # it awaited: its turn comes again


async def tick(name, n=3):
    for i in range(n):
        print(f"  {name} {i}")
        await Turn()
    return name


print("1. a coroutine object")
c = tick("solo", 1)
print("  made:", type(c).__name__, "- nothing printed yet")
c.send(None)
try:
    c.send(None)
except StopIteration as e:
    print("  finished, returned", repr(e.value))

print("2. two tasks, one thread, turns at each await")
loop = Loop()
loop.spawn(tick("a"))
loop.spawn(tick("b"))
loop.run()

print("3. a forgotten await (see stderr)")


async def main():
    tick("forgotten")            # no await: the coroutine is made and dropped
    return await tick("awaited", 1)

loop = Loop()
loop.spawn(main())
loop.run()

print("4. a logical race at an await point")
counter = 0


async def increment():
    global counter
    value = counter
    await Turn()                 # another task runs here and reads the same value
    counter = value + 1

loop = Loop()
for _ in range(5):
    loop.spawn(increment())
loop.run()
print("  5 increments, counter =", counter)

print("5. a blocking call freezes the loop")
ticks = 0


async def ticker():
    global ticks
    while not done:
        ticks += 1
        await Turn()


async def blocking_sleep():
    time.sleep(0.2)              # the loop cannot run anything else meanwhile


async def loop_sleep(seconds):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        await Turn()             # gives the loop a turn on every pass


async def sleeper(sleep):
    global done, ticks
    await Turn()
    ticks = 0
    await sleep
    during = ticks
    done = True
    return during


for label, make in (("time.sleep(0.2)", blocking_sleep), ("await loop_sleep(0.2)", lambda: loop_sleep(0.2))):
    done = False
    results = []

    async def measure():
        results.append(await sleeper(make()))

    loop = Loop()
    loop.spawn(ticker())
    loop.spawn(measure())
    loop.run()
    print(f"  {label}: the ticker ran during the sleep: {results[0] > 0}")
