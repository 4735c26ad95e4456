# Checks a tiny asyncio-like event loop written in Python: futures whose __await__ yields the future itself, tasks that step coroutines with send and throw, call_soon, a virtual clock, gather and the cache-stampede fix.
class CancelledError(Exception):
    pass


class Future:
    def __init__(self, loop):
        self.loop = loop
        self.done = False
        self.result = None
        self.exception = None
        self.callbacks = []

    def set_result(self, value):
        self.done = True
        self.result = value
        self.schedule_callbacks()

    def set_exception(self, exc):
        self.done = True
        self.exception = exc
        self.schedule_callbacks()

    def schedule_callbacks(self):
        callbacks, self.callbacks = self.callbacks, []
        for cb in callbacks:
            self.loop.call_soon(cb, self)

    def add_done_callback(self, cb):
        if self.done:
            self.loop.call_soon(cb, self)
        else:
            self.callbacks.append(cb)

    def get(self):
        if self.exception is not None:
            raise self.exception
        return self.result

    def __await__(self):
        if not self.done:
            yield self
        return self.get()


class Task(Future):
    def __init__(self, loop, coro, name):
        super().__init__(loop)
        self.coro = coro
        self.name = name
        loop.call_soon(self.step, None)

    def step(self, exc):
        try:
            if exc is None:
                awaited = self.coro.send(None)
            else:
                awaited = self.coro.throw(exc)
        except StopIteration as e:
            self.set_result(e.value)
        except Exception as e:
            self.set_exception(e)
        else:
            awaited.add_done_callback(self.wakeup)

    def wakeup(self, fut):
        self.step(fut.exception)


class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.timers = []

    def call_soon(self, fn, arg):
        self.ready.append((fn, arg))

    def call_at(self, when, fn, arg):
        self.timers.append((when, len(self.timers), fn, arg))
        self.timers.sort()

    def sleep(self, delay, value=None):
        fut = Future(self)
        self.call_at(self.now + delay, lambda v: fut.set_result(v), value)
        return fut

    def create_task(self, coro, name):
        return Task(self, coro, name)

    def run_until_complete(self, coro):
        task = self.create_task(coro, "main")
        while not task.done:
            if not self.ready and self.timers:
                when, _, fn, arg = self.timers.pop(0)
                self.now = when
                self.ready.append((fn, arg))
            fn, arg = self.ready.pop(0)
            fn(arg)
        return task.get()


loop = Loop()


async def gather(*aws):
    results = []
    for aw in aws:
        results.append(await aw)
    return results


async def fetch(key, delay):
    print(f"t={loop.now} fetch {key} starts")
    await loop.sleep(delay)
    print(f"t={loop.now} fetch {key} done")
    return key.upper()


async def main():
    a = loop.create_task(fetch("a", 3), "a")
    b = loop.create_task(fetch("b", 1), "b")
    c = loop.create_task(fetch("c", 2), "c")
    print("gathered", await gather(a, b, c), "at", loop.now)
    try:
        await loop.create_task(failing(), "f")
    except ValueError as e:
        print("caught from task:", e)
    return "main done"


async def failing():
    await loop.sleep(1)
    raise ValueError("task failed")


print(loop.run_until_complete(main()))

# The cache stampede: 5 concurrent requests for one key. Without the fix each starts a fetch;
# with the in-flight future, one fetch serves them all.
loop = Loop()
fetches = 0
cache = {}
in_flight = {}


async def slow_lookup(key):
    global fetches
    fetches += 1
    await loop.sleep(5)
    return key * 2


async def get_naive(key):
    if key in cache:
        return cache[key]
    value = await slow_lookup(key)
    cache[key] = value
    return value


async def get_coalesced(key):
    if key in cache:
        return cache[key]
    if key in in_flight:
        return await in_flight[key]
    task = loop.create_task(slow_lookup(key), "lookup")
    in_flight[key] = task
    value = await task
    del in_flight[key]
    cache[key] = value
    return value


async def stampede(getter):
    tasks = [loop.create_task(getter("k"), f"r{i}") for i in range(5)]
    return await gather(*tasks)


print(loop.run_until_complete(stampede(get_naive)), "fetches:", fetches, "t =", loop.now)
fetches = 0
cache.clear()
print(loop.run_until_complete(stampede(get_coalesced)), "fetches:", fetches, "t =", loop.now)


# Cancellation: throw() raises inside the coroutine at its await; a finally block runs.
loop = Loop()


async def long_job():
    try:
        await loop.sleep(100)
        return "never"
    finally:
        print(f"t={loop.now} cleanup in long_job")


async def canceller():
    job = loop.create_task(long_job(), "job")
    await loop.sleep(2)
    job.step(CancelledError("stop"))
    try:
        await job
    except CancelledError as e:
        print("job cancelled:", e)
    return loop.now


print(loop.run_until_complete(canceller()))
