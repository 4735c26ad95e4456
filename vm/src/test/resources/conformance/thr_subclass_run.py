# Checks Thread subclasses: run() overridden, __init__ calling super().__init__() with a name or daemon flag, results kept on the instance, run() called directly running in the calling thread, and a default run() calling the target.
import threading


class Summer(threading.Thread):
    def __init__(self, numbers, name=None):
        super().__init__(name=name)
        self.numbers = numbers
        self.total = None
        self.ran_in = None

    def run(self):
        self.ran_in = threading.current_thread().name
        total = 0
        for n in self.numbers:
            total += n
        self.total = total


workers = [Summer(range(k * 100, (k + 1) * 100)) for k in range(3)]
workers.append(Summer([1, 2, 3], name='small'))
for w in workers:
    w.start()
for w in workers:
    w.join()
for w in workers:
    print(w.name, w.total, w.ran_in == w.name, w.is_alive())

# Calling run() directly does not start a thread.
direct = Summer([10, 20])
direct.run()
print('direct run:', direct.total, direct.ran_in, direct.is_alive())


class Ticker(threading.Thread):
    def __init__(self, count):
        super().__init__(daemon=True)
        self.count = count
        self.ticks = []

    def run(self):
        for i in range(self.count):
            self.ticks.append(i)


t = Ticker(4)
print('subclass daemon flag', t.daemon)
t.start()
t.join()
print('ticks', t.ticks)


# A subclass that keeps Thread.run calls the target with the args.
class Logged(threading.Thread):
    def run(self):
        self.log = ['before']
        super().run()
        self.log.append('after')


out = []
lg = Logged(target=out.append, args=('target ran',))
lg.start()
lg.join()
print(lg.log, out, lg.name)


# A subclass of a subclass.
class Doubler(Summer):
    def run(self):
        super().run()
        self.total *= 2


dd = Doubler([5, 6])
dd.start()
dd.join()
print(dd.name, dd.total, isinstance(dd, threading.Thread))
