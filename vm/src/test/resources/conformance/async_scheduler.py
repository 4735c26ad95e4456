# Checks a round-robin scheduler written in the program: tasks are coroutines that give up their turn at each await of a yield-point object, and resume in turn.
class YieldPoint:
    """await YieldPoint() suspends the task until the scheduler resumes it."""
    def __await__(self):
        yield self


async def switch():
    await YieldPoint()


class Scheduler:
    def __init__(self):
        self.ready = []
        self.results = {}
        self.steps = 0

    def spawn(self, name, coro):
        self.ready.append((name, coro))

    def run(self):
        while self.ready:
            name, coro = self.ready.pop(0)
            self.steps += 1
            try:
                yielded = coro.send(None)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"[{name} finished with {e.value!r}]")
            else:
                assert isinstance(yielded, YieldPoint)
                self.ready.append((name, coro))


async def worker(name, count):
    total = 0
    for i in range(count):
        print(f"{name}: step {i}")
        total += i
        await switch()
    return total


async def nested(name):
    print(f"{name}: before")
    value = await worker(name + ".child", 2)
    print(f"{name}: child gave {value}")
    await switch()
    return value * 100


s = Scheduler()
s.spawn("a", worker("a", 3))
s.spawn("b", worker("b", 1))
s.spawn("c", nested("c"))
s.run()
print(s.results)
print("steps:", s.steps)


# A logical race at an await point: read, await, write loses updates.
counter = 0

async def unsafe_increment():
    global counter
    value = counter
    await switch()
    counter = value + 1

async def safe_increment():
    global counter
    await switch()
    counter += 1

s = Scheduler()
for i in range(5):
    s.spawn(f"u{i}", unsafe_increment())
s.run()
print("unsafe:", counter)
counter = 0
s = Scheduler()
for i in range(5):
    s.spawn(f"s{i}", safe_increment())
s.run()
print("safe:", counter)
