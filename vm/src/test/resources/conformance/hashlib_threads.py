# hashlib in threads: several threads hash one large bytes object at once (CPython releases the GIL for inputs of 2048 bytes or more) and agree; threads that share one hash object and update it with equal pieces get the one-thread digest.
import hashlib
import threading
data = bytes(range(256)) * 8192
expected = hashlib.sha256(data).hexdigest()
results = [None] * 4
def work(i):
    results[i] = hashlib.sha256(data).hexdigest()
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(data), expected[:16], [r == expected for r in results])
shared = hashlib.md5()
piece = b'\x07' * 5000
small = b'\x07' * 100
def feed():
    for k in range(20):
        shared.update(piece)
        shared.update(small)
threads = [threading.Thread(target=feed) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(shared.hexdigest() == hashlib.md5((piece + small) * 60).hexdigest())
digests = {}
def each(name):
    digests[name] = hashlib.new(name, data).hexdigest()
threads = [threading.Thread(target=each, args=(n,)) for n in ('md5', 'sha1', 'sha256')]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([(n, digests[n][:12]) for n in ('md5', 'sha1', 'sha256')])
print(digests['sha256'] == expected)
