# Combined: linked list, stack and queue classes with __iter__/__next__, __len__, __contains__, __getitem__, __reversed__ and __eq__.
class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class ListIterator:
    def __init__(self, node):
        self.node = node

    def __iter__(self):
        return self

    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value


class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.tail = None
        self.size = 0
        for x in items:
            self.append(x)

    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            self.tail.next = node
            self.tail = node
        self.size += 1

    def prepend(self, value):
        self.head = Node(value, self.head)
        if self.tail is None:
            self.tail = self.head
        self.size += 1

    def remove(self, value):
        prev = None
        node = self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                if node is self.tail:
                    self.tail = prev
                self.size -= 1
                return
            prev, node = node, node.next
        raise ValueError(f"{value!r} not in list")

    def reverse(self):
        prev = None
        node = self.head
        self.tail = node
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __iter__(self):
        return ListIterator(self.head)

    def __len__(self):
        return self.size

    def __contains__(self, value):
        for x in self:
            if x == value:
                return True
        return False

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node.value

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def __repr__(self):
        return "LinkedList([" + ", ".join([repr(x) for x in self]) + "])"


class Stack:
    def __init__(self):
        self._items = LinkedList()

    def push(self, x):
        self._items.prepend(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        x = self._items[0]
        self._items.remove(x)
        return x

    def peek(self):
        return self._items[0]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self) > 0


class Queue:
    def __init__(self, capacity):
        self.buf = [None] * capacity
        self.start = 0
        self.count = 0

    def put(self, x):
        if self.count == len(self.buf):
            raise OverflowError("queue full")
        self.buf[(self.start + self.count) % len(self.buf)] = x
        self.count += 1

    def get(self):
        if self.count == 0:
            raise IndexError("queue empty")
        x = self.buf[self.start]
        self.buf[self.start] = None
        self.start = (self.start + 1) % len(self.buf)
        self.count -= 1
        return x

    def __len__(self):
        return self.count

    def __iter__(self):
        return iter([self.buf[(self.start + i) % len(self.buf)] for i in range(self.count)])


ll = LinkedList([3, 1, 4, 1, 5])
ll.append(9)
ll.prepend(2)
print(ll, len(ll), 4 in ll, 7 in ll, ll[0], ll[-1], ll[3])
ll.remove(1)
ll.remove(9)
print(list(ll), ll.tail.value, sum(ll), max(ll), sorted(ll))
ll.reverse()
print(ll, ll.head.value, ll.tail.value)
print(ll == LinkedList([5, 1, 4, 3, 2]), ll == [5, 1, 4, 3, 2], LinkedList() == LinkedList())
it = iter(ll)
print(next(it), next(it), list(it), next(it, "done"))
print([x * 10 for x in ll], list(zip(ll, "abcde")), list(enumerate(LinkedList("xy"))))
for bad in [lambda: ll[10], lambda: ll.remove(42), lambda: LinkedList()[0]]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)

s = Stack()
for ch in "([{}])":
    s.push(ch)
print(len(s), s.peek(), bool(s))
print("".join([s.pop() for _ in range(len(s))]), bool(s))
try:
    s.pop()
except IndexError as e:
    print("stack:", e)


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = Stack()
    for ch in text:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if not st or st.pop() != pairs[ch]:
                return False
    return not st


print([balanced(t) for t in ["", "()", "([]{})", "(]", "((", "a(b[c]d)e", "}"]])

q = Queue(4)
for i in range(4):
    q.put(i * i)
try:
    q.put(99)
except OverflowError as e:
    print("queue:", e)
print(q.get(), q.get(), list(q), len(q))
q.put("a")
q.put("b")
print(list(q), q.buf, q.start)
while len(q):
    print(q.get(), end=" ")
print()
try:
    q.get()
except IndexError as e:
    print("queue:", e)
