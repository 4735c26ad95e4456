# Checks the order of __del__ at exit for objects created before what references them (CPython's last collection reorders them).
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = D("x")
lst = [D("l0"), D("l1")]
y = D("y")
t = (D("t0"), D("t1"))
d = {"a": D("da"), "b": D("db")}
o = D("o")
o.p = D("op")
o.q = D("oq")
z = D("z")
print("end")
