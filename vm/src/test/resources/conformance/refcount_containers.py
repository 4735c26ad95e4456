# Checks sys.getrefcount of an object held by list items, attributes, dict keys and values, tuples and removals.
import sys

class Node:
    def __init__(self, name):
        self.name = name

item = []
print("alone", sys.getrefcount(item))
holder = [item]
print("in list once", sys.getrefcount(item))
holder.append(item)
holder.append(item)
print("in list three times", sys.getrefcount(item))
print("via subscript", sys.getrefcount(holder[0]))
holder.pop()
print("after pop", sys.getrefcount(item))
del holder[0]
print("after del item", sys.getrefcount(item))
holder.remove(item)
print("after remove", sys.getrefcount(item), len(holder))
holder.insert(0, item)
holder[0] = None
print("after overwrite", sys.getrefcount(item))

n = Node("n")
n.payload = item
print("attribute", sys.getrefcount(item))
n.second = item
print("two attributes", sys.getrefcount(item))
del n.second
print("after del attribute", sys.getrefcount(item))

d = {}
d["k"] = item
print("dict value", sys.getrefcount(item))
d["j"] = item
print("two dict values", sys.getrefcount(item))
d.pop("j")
print("after dict pop", sys.getrefcount(item))
key = Node("key")
d[key] = 1
print("dict key", sys.getrefcount(key))
del d[key]
print("after del key", sys.getrefcount(key))

t = (item, item, 5)
print("tuple twice", sys.getrefcount(item))
print("tuple itself", sys.getrefcount(t))
del t
print("after del tuple", sys.getrefcount(item))
nested = [[item], [item]]
print("nested lists", sys.getrefcount(item))
nested = None
n = None
d = None
print("only the name left", sys.getrefcount(item))
selfref = []
selfref.append(selfref)
print("self-containing list", sys.getrefcount(selfref))
