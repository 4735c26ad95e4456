# Checks an exception escaping a thread: it ends only that thread and goes to threading.excepthook with exc_type, exc_value and thread (SystemExit too: only the default hook ignores it); the hook records to stdout, so no traceback is compared.
import threading

caught = []
def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name, isinstance(args.exc_value, args.exc_type)))

print('default hook is threading.__excepthook__', threading.excepthook is threading.__excepthook__)
threading.excepthook = hook

def fail(message):
    raise ValueError(message)

t = threading.Thread(target=fail, args=('boom',))
t.start()
t.join()
print('thread ended', t.is_alive())
print(caught)

def divide():
    return 1 // 0
u = threading.Thread(target=divide, name='divider')
u.start()
u.join()
print(caught[-1])

def leave():
    raise SystemExit(2)
v = threading.Thread(target=leave)
v.start()
v.join()
print('a custom hook sees SystemExit too', len(caught), caught[-1])
print('main carries on', threading.active_count())
threading.excepthook = threading.__excepthook__
w = threading.Thread(target=leave)
w.start()
w.join()
print('the default hook ignores SystemExit', len(caught))
