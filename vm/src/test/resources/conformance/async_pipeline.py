# Checks a producer/consumer pipeline on a hand-written scheduler: async generators chained as stages, an asynchronous bounded queue whose full and empty states suspend the task (backpressure), and async with around a critical section.
class Turn:
    def __await__(self):
        yield "turn"


class Scheduler:
    def __init__(self):
        self.ready = []

    def spawn(self, coro):
        self.ready.append(coro)

    def run(self):
        while self.ready:
            coro = self.ready.pop(0)
            try:
                coro.send(None)
            except StopIteration:
                continue
            self.ready.append(coro)


class Queue:
    def __init__(self, maxsize):
        self.items = []
        self.maxsize = maxsize

    async def put(self, item):
        while len(self.items) >= self.maxsize:
            print(f"    queue full, producer waits ({'DONE' if item is DONE else item})")
            await Turn()
        self.items.append(item)

    async def get(self):
        while not self.items:
            await Turn()
        return self.items.pop(0)


class Lock:
    def __init__(self):
        self.held = False

    async def __aenter__(self):
        while self.held:
            await Turn()
        self.held = True

    async def __aexit__(self, *exc):
        self.held = False


async def numbers(n):
    for i in range(n):
        await Turn()
        yield i


async def squared(source):
    async for x in source:
        yield x * x


async def only_even(source):
    async for x in source:
        if x % 2 == 0:
            yield x


DONE = object()


async def producer(queue):
    async for value in squared(numbers(6)):
        print(f"  produce {value}")
        await queue.put(value)
    await queue.put(DONE)


async def consumer(queue, lock, log):
    while True:
        item = await queue.get()
        if item is DONE:
            break
        async with lock:
            log.append(item)
            for _ in range(4):
                await Turn()  # a slow consumer: the queue fills up
            print(f"  consumed {item}")


q = Queue(2)
lock = Lock()
log = []
s = Scheduler()
s.spawn(producer(q))
s.spawn(consumer(q, lock, log))
s.run()
print(log)
