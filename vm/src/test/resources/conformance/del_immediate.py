# Checks that __del__ runs exactly when the last reference goes: del, rebinding, stores, removals and temporaries.
class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

def show(obj):
    print("show", obj.name)

x = D("x")
print("before del x")
del x
print("after del x")
y = D("y1")
y = D("y2")
print("after rebinding y")
z = D("z")
alias = z
del z
print("z still has alias")
alias = None
print("after alias = None")
lst = [D("l0"), D("l1"), D("l2")]
lst.pop()
print("after pop")
del lst[0]
print("after del lst[0]")
lst[0] = D("l3")
print("after lst[0] store")
d = {"a": D("da")}
d["a"] = D("db")
print("after dict overwrite")
d.pop("a")
print("after dict pop")
o = D("owner")
o.attr = D("attr1")
o.attr = D("attr2")
print("after attribute store")
del o.attr
print("after del attribute")
print(D("temp").name)
D("statement")
show(D("argument"))
print("after call with temporary")
i = 0
while i < 3:
    loop = D("loop" + str(i))
    i = i + 1
print("after loop")
del loop
del o
del y
del lst
print("end")
