# Combined: a binary search tree of Node objects with insert, traversals, height and search.
class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

class Tree:
    def __init__(self):
        self.root = None
        self.size = 0

    def insert(self, key):
        self.size += 1
        if self.root is None:
            self.root = Node(key)
            return
        node = self.root
        while True:
            if key < node.key:
                if node.left is None:
                    node.left = Node(key)
                    return
                node = node.left
            else:
                if node.right is None:
                    node.right = Node(key)
                    return
                node = node.right

    def contains(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return True
            node = node.left if key < node.key else node.right
        return False

def inorder(node, out):
    if node is not None:
        inorder(node.left, out)
        out.append(node.key)
        inorder(node.right, out)
    return out

def preorder(node, out):
    if node is not None:
        out.append(node.key)
        preorder(node.left, out)
        preorder(node.right, out)
    return out

def height(node):
    if node is None:
        return 0
    return 1 + max(height(node.left), height(node.right))

def show(node, indent):
    if node is None:
        return
    show(node.right, indent + 4)
    print(' ' * indent + str(node.key))
    show(node.left, indent + 4)

t = Tree()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print('size', t.size, 'height', height(t.root))
print('inorder', inorder(t.root, []))
print('preorder', preorder(t.root, []))
print(t.contains(45), t.contains(55), t.contains(80))
show(t.root, 0)
nested = [1, [2, [4, None, None], [5, None, None]], [3, None, [6, None, None]]]
def sum_nested(tree):
    if tree is None:
        return 0
    return tree[0] + sum_nested(tree[1]) + sum_nested(tree[2])
print('nested list tree sum', sum_nested(nested))
