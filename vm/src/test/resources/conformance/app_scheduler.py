# Combined: a priority scheduler on a hand-written binary heap of tasks ordered by __lt__, with seeded random work and round-robin.
import random

random.seed(42)


class Heap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return len(self.items) > 0

    def push(self, item):
        items = self.items
        items.append(item)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self):
        items = self.items
        if not items:
            raise IndexError("pop from empty heap")
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                left = 2 * i + 1
                right = left + 1
                smallest = i
                if left < n and items[left] < items[smallest]:
                    smallest = left
                if right < n and items[right] < items[smallest]:
                    smallest = right
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top


class Task:
    counter = 0

    def __init__(self, name, priority, work):
        self.name = name
        self.priority = priority
        self.work = work
        self.done = 0
        Task.counter += 1
        self.seq = Task.counter

    def __lt__(self, other):
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.seq < other.seq

    def __repr__(self):
        return f"<{self.name} p{self.priority} {self.done}/{self.work}>"

    @property
    def finished(self):
        return self.done >= self.work


h = Heap()
for x in [5, 3, 8, 1, 9, 2, 7]:
    h.push(x)
print([h.pop() for _ in range(len(h))])
try:
    h.pop()
except IndexError as e:
    print("empty:", e)

names = ["build", "test", "lint", "deploy", "docs", "bench", "fmt", "pack"]
tasks = []
for name in names:
    t = Task(name, random.randint(1, 4), random.randint(1, 6))
    tasks.append(t)
print(tasks)


def run_priority(tasks, quantum):
    heap = Heap()
    for t in tasks:
        heap.push(t)
    clock = 0
    log = []
    while heap:
        t = heap.pop()
        step = min(quantum, t.work - t.done)
        t.done += step
        clock += step
        if t.finished:
            log.append(f"{clock:>3} {t.name}")
        else:
            t.priority += 1
            Task.counter += 1
            t.seq = Task.counter
            heap.push(t)
    return log


for line in run_priority(tasks, 2):
    print(line)


def run_round_robin(jobs, quantum):
    queue = list(jobs)
    timeline = []
    while queue:
        name, left = queue.pop(0)
        used = min(quantum, left)
        timeline.append(name[0] * used)
        if left - used > 0:
            queue.append((name, left - used))
    return "".join(timeline)


jobs = [(n, random.randrange(1, 7)) for n in ["alpha", "beta", "gamma", "delta"]]
print(jobs)
for q in (1, 2, 3):
    print(q, run_round_robin(jobs, q))

waits = {}
for trial in range(5):
    order = names[:]
    random.shuffle(order)
    for pos, name in enumerate(order):
        waits[name] = waits.get(name, 0) + pos
print(sorted(waits.items(), key=lambda kv: (kv[1], kv[0])))
print(round(random.random(), 6), random.choice(names), random.uniform(0, 1) < 1)
