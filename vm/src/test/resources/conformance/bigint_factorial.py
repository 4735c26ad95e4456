# Checks big-int growth via iterative and recursive factorials and Fibonacci numbers.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fact_iter(n):
    r = 1
    i = 2
    while i <= n:
        r *= i
        i += 1
    return r

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(n, fact(n))
print(fact(100))
print(fact(100) == fact_iter(100))
print(len(str(fact_iter(300))))
print(fact(30) // fact(28))
print(fact(52) % 1000000007)
a = 0
b = 1
for i in range(200):
    a, b = b, a + b
print(a)
print(a % 10 ** 10)
print(-fact(25))
print(fact(25) // -7, fact(25) % -7)
print(fact(40) / fact(38))
print(str(fact(60)).count('0'))
