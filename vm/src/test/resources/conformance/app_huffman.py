# Combined: Huffman coding with a hand-written priority queue of tree nodes (__lt__ with tie-breaking), code tables, encoding, decoding and bit statistics.
class Node:
    order = 0

    def __init__(self, weight, symbol=None, left=None, right=None):
        self.weight = weight
        self.symbol = symbol
        self.left = left
        self.right = right
        Node.order += 1
        self.order = Node.order

    def __lt__(self, other):
        return (self.weight, self.order) < (other.weight, other.order)

    def is_leaf(self):
        return self.symbol is not None


class MinQueue:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        i = len(self.items) - 1
        while i and self.items[i] < self.items[(i - 1) // 2]:
            p = (i - 1) // 2
            self.items[i], self.items[p] = self.items[p], self.items[i]
            i = p

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            while True:
                kids = [k for k in (2 * i + 1, 2 * i + 2) if k < len(self.items)]
                if not kids:
                    break
                k = min(kids, key=lambda j: (self.items[j].weight, self.items[j].order))
                if self.items[k] < self.items[i]:
                    self.items[k], self.items[i] = self.items[i], self.items[k]
                    i = k
                else:
                    break
        return top

    def __len__(self):
        return len(self.items)


def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    q = MinQueue()
    for ch in sorted(freq):
        q.push(Node(freq[ch], ch))
    if len(q) == 1:
        only = q.pop()
        return Node(only.weight, left=only), freq
    while len(q) > 1:
        a = q.pop()
        b = q.pop()
        q.push(Node(a.weight + b.weight, left=a, right=b))
    return q.pop(), freq


def codes(node, prefix="", table=None):
    if table is None:
        table = {}
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
    else:
        if node.left:
            codes(node.left, prefix + "0", table)
        if node.right:
            codes(node.right, prefix + "1", table)
    return table


def encode(text, table):
    return "".join([table[ch] for ch in text])


def decode(bits, root):
    out = []
    node = root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


for text in ["abracadabra", "mississippi river", "aaaaaaa", "the quick brown fox jumps over the lazy dog"]:
    root, freq = build(text)
    table = codes(root)
    bits = encode(text, table)
    back = decode(bits, root)
    fixed = len(text) * max(1, (len(freq) - 1).bit_length())
    print(f"{text[:20]!r:<24} symbols={len(freq):>2} bits={len(bits):>3} fixed={fixed:>3} ratio={len(bits) / (8 * len(text)):.3f} ok={back == text}")
    shown = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))[:6]
    print("   ", " ".join([f"{s!r}:{c}" for s, c in shown]))
root, freq = build("abracadabra")
print(encode("abracadabra", codes(root)), root.weight, decode("0" * 5, root))
prefix_free = True
table = codes(build("the quick brown fox jumps over the lazy dog")[0])
for a in table.values():
    for b in table.values():
        if a != b and b.startswith(a):
            prefix_free = False
print("prefix free:", prefix_free, "kraft sum:", sum([2 ** -len(c) for c in table.values()]))
