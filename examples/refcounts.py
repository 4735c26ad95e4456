# refcounts.py: watch reference counts move, objects die, and a cycle wait for the collector.
#
# Run:    ./gilvm examples/refcounts.py --audit
#         python3 examples/refcounts.py          (the same output, line for line)
# Watch:  sys.getrefcount(x) is one more than the references you can see (its own argument
#         is one); it goes up when a name, a list or a call takes a reference and down when
#         they let go. "__del__" lines appear at the exact moment the last reference goes.
#         The two Nodes in a cycle survive `del` and die only in gc.collect().
#         With --audit, gilvm then proves every count exact ("every count exact").
#         Try --refcount=atomic and --refcount=biased: single-threaded, nothing changes.
import gc
import sys


class Resource:
    def __init__(self, name):
        self.name = name
        print("  open", name)

    def __del__(self):
        print("  __del__", self.name)


print("1. names take references")
data = []
print("   one name:", sys.getrefcount(data))
alias = data
print("   two names:", sys.getrefcount(data))
del alias
print("   back to one:", sys.getrefcount(data))

print("2. containers take references")
shelf = [data, data, data]
print("   in a list three times:", sys.getrefcount(data))
shelf.pop()
print("   popped once:", sys.getrefcount(data))
box = {"k": data}
print("   and a dict value:", sys.getrefcount(data))
shelf = None
box = None
print("   list and dict gone:", sys.getrefcount(data))


def inspect(arg):
    # The caller's argument moved into this frame: one reference for `arg`.
    print("   inside a call:", sys.getrefcount(arg))
    local = arg
    print("   plus a local:", sys.getrefcount(arg))


print("3. calls take references")
inspect(data)
print("   after the call:", sys.getrefcount(data))

print("4. the last reference frees the object, there and then")
r = Resource("r1")
print("   rebinding r:")
r = Resource("r2")
print("   deleting r:")
del r
print("   a list of three, dropped (items die last to first):")
group = [Resource("a"), Resource("b"), Resource("c")]
group = None


def scope():
    first = Resource("first")
    second = Resource("second")
    print("   returning from scope()")


scope()

print("5. a cycle outlives its names")


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("  __del__", self.name)


gc.collect()
left = Node("left")
right = Node("right")
left.other = right
right.other = left
del left, right
print("   names deleted; nothing was freed")
print("   gc.collect() found", gc.collect(), "unreachable objects")
print("done")
