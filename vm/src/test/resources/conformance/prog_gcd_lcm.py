# Combined: GCD/LCM (iterative and recursive), extended Euclid and modular inverse with big ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def gcd_rec(a, b):
    if b == 0:
        return abs(a)
    return gcd_rec(b, a % b)

def lcm(a, b):
    return abs(a * b) // gcd(a, b)

def ext_gcd(a, b):
    if b == 0:
        return (a, 1, 0)
    g, x, y = ext_gcd(b, a % b)
    return (g, y, x - (a // b) * y)

def mod_inverse(a, m):
    g, x, y = ext_gcd(a, m)
    if g != 1:
        return None
    return x % m

pairs = [(12, 18), (17, 5), (0, 9), (100, 75), (-24, 36), (2 ** 64, 2 ** 40 * 3), (10 ** 30, 10 ** 20 + 5)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b) if a and b else 0)
acc = 1
for n in range(1, 31):
    acc = lcm(acc, n)
print('lcm(1..30) =', acc)
print(ext_gcd(240, 46))
print(mod_inverse(3, 11), mod_inverse(10, 17), mod_inverse(6, 9))
print(mod_inverse(65537, 2 ** 127 - 1))
f1 = 1
f2 = 1
for i in range(150):
    f1, f2 = f2, f1 + f2
print(gcd(f1, f2), gcd(f1 * 6, f2 * 4))
