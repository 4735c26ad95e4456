# Combined: a singly linked list class with push, append, reverse, find, remove and __repr__.
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

class LinkedList:
    def __init__(self):
        self.head = None
        self.length = 0

    def push(self, value):
        self.head = Node(value, self.head)
        self.length += 1

    def append(self, value):
        node = Node(value)
        self.length += 1
        if self.head is None:
            self.head = node
            return
        cur = self.head
        while cur.next is not None:
            cur = cur.next
        cur.next = node

    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out

    def reverse(self):
        prev = None
        cur = self.head
        while cur:
            nxt = cur.next
            cur.next = prev
            prev = cur
            cur = nxt
        self.head = prev

    def find(self, value):
        i = 0
        cur = self.head
        while cur:
            if cur.value == value:
                return i
            cur = cur.next
            i += 1
        return -1

    def remove(self, value):
        if self.head is None:
            return False
        if self.head.value == value:
            self.head = self.head.next
            self.length -= 1
            return True
        cur = self.head
        while cur.next:
            if cur.next.value == value:
                cur.next = cur.next.next
                self.length -= 1
                return True
            cur = cur.next
        return False

    def __repr__(self):
        parts = []
        for v in self.to_list():
            parts.append(repr(v))
        return 'LinkedList(' + ' -> '.join(parts) + ')'

ll = LinkedList()
print(ll, ll.length)
for v in [3, 2, 1]:
    ll.push(v)
ll.append(4)
ll.append('five')
print(ll, ll.length)
print(ll.find(4), ll.find('five'), ll.find(99))
ll.reverse()
print(ll)
print(ll.remove(3), ll.remove(99), ll.remove('five'))
print(ll, ll.length)
print([ll])
for v in range(3):
    ll.push(v * v)
print(ll)
ll.reverse()
print(ll.to_list(), ll.length)
empty = LinkedList()
empty.reverse()
print(empty, empty.remove(1), empty.find(1))
