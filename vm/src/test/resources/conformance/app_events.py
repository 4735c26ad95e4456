# Combined: an event bus with subscribe/unsubscribe, priorities, *args/**kwargs forwarding, handler errors collected, once-handlers and closures as listeners.
class HandlerError(Exception):
    def __init__(self, event, errors):
        super().__init__(f"{len(errors)} handler(s) failed for {event!r}")
        self.errors = errors


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.history = []
        self.counter = 0

    def on(self, event, handler, priority=0, once=False):
        self.counter += 1
        entry = [priority, self.counter, handler, once]
        self.handlers.setdefault(event, []).append(entry)
        self.handlers[event].sort(key=lambda e: (-e[0], e[1]))
        return self.counter

    def off(self, event, token):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [e for e in self.handlers.get(event, []) if e[1] != token]
        return before - len(self.handlers[event])

    def emit(self, event, *args, **kwargs):
        self.history.append(event)
        errors = []
        results = []
        for entry in list(self.handlers.get(event, [])):
            priority, token, handler, once = entry
            if once:
                self.off(event, token)
            try:
                results.append(handler(*args, **kwargs))
            except Exception as e:
                errors.append((token, type(e).__name__, str(e)))
        if errors:
            raise HandlerError(event, errors)
        return results


bus = EventBus()
log = []


def logger(tag):
    def handler(*args, **kwargs):
        log.append(f"{tag}{args}{sorted(kwargs.items())}")
        return tag
    return handler


def total_handler(*amounts, currency="EUR"):
    return f"{sum(amounts)} {currency}"


def failing(*args, **kwargs):
    raise RuntimeError("handler broke")


t1 = bus.on("order", logger("low"), priority=-1)
t2 = bus.on("order", logger("high"), priority=10)
t3 = bus.on("order", total_handler)
t4 = bus.on("order", logger("once"), once=True)
print(bus.emit("order", 5, 7, currency="USD"))
print(bus.emit("order", 1))
print(log)
log.clear()
print(bus.off("order", t2), bus.off("order", 999), [e[1] for e in bus.handlers["order"]])
bus.on("order", failing, priority=5)
def divider(*a, **k):
    return 1 / 0


bus.on("order", divider)
try:
    bus.emit("order", 2, 3)
except HandlerError as e:
    print(e)
    for err in e.errors:
        print("  ", err)
print(log)
print(bus.emit("nobody-listens"), bus.history)

state = {"count": 0}


def make_counter(step):
    def count(**kwargs):
        state["count"] += step * kwargs.get("times", 1)
        return state["count"]
    return count


bus2 = EventBus()
for step in (1, 10, 100):
    bus2.on("tick", make_counter(step), priority=step)
print(bus2.emit("tick"), bus2.emit("tick", times=2), state)


class Thermostat:
    def __init__(self, bus, target):
        self.target = target
        self.actions = []
        bus.on("temp", self.react)
        bus.on("temp", self.record, priority=1)
        self.readings = []

    def record(self, value, unit="C"):
        self.readings.append(f"{value}{unit}")

    def react(self, value, unit="C"):
        c = (value - 32) * 5 / 9 if unit == "F" else value
        action = "heat" if c < self.target - 1 else "cool" if c > self.target + 1 else "idle"
        self.actions.append(action)
        return action


bus3 = EventBus()
t = Thermostat(bus3, 21)
for reading in [(18,), (70, "F"), (22.5,), (21,), (90, "F")]:
    value, *unit = reading
    bus3.emit("temp", value, *unit)
print(t.readings, t.actions)
