# Checks thread names: 'Thread-N (target)' with one counter for unnamed threads, explicit names (and str() of them), name '' counted as unnamed, subclasses, renaming, and current_thread().name inside and outside threads.
import threading

print('main:', threading.current_thread().name, threading.main_thread().name)
print('main_thread() is current_thread():', threading.main_thread() is threading.current_thread())


def worker():
    pass


a = threading.Thread(target=worker)
b = threading.Thread(target=worker)
c = threading.Thread(target=worker, name='explicit')
d = threading.Thread()
e = threading.Thread(target=lambda: None)
f = threading.Thread(name='')
g = threading.Thread(target=worker, name=7)
print([t.name for t in (a, b, c, d, e, f, g)])


class Job(threading.Thread):
    def run(self):
        pass


print(Job().name, Job(name='job').name, Job(target=worker).name)


class Callable:
    def __call__(self):
        pass


print('callable object without __name__:', threading.Thread(target=Callable()).name)
print('bound method:', threading.Thread(target=Callable().__call__).name)
print('builtin:', threading.Thread(target=print).name)

names = {}
def record(key):
    me = threading.current_thread()
    names[key] = (me.name, me is threading.main_thread(), threading.main_thread().name)
for key in ('first', 'second'):
    t = threading.Thread(target=record, args=(key,))
    t.start()
    t.join()
t = threading.Thread(target=record, args=('named',), name='custom')
t.start()
t.join()
print(names)

# Renaming before start shows inside the thread; current_thread() is the Thread object.
t = threading.Thread(target=record, args=('renamed',))
t.name = 'renamed-thread'
holder = []
def who():
    holder.append(threading.current_thread())
u = threading.Thread(target=who)
t.start()
u.start()
t.join()
u.join()
print(names['renamed'], holder[0] is u)
t.name = 'after-run'
print(t.name)
