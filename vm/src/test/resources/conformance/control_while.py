# Checks while loops with break, continue, else clauses and nested loops.
i = 0
while i < 5:
    print('i', i)
    i += 1
else:
    print('while else ran, i =', i)
n = 0
while True:
    n += 1
    if n % 2 == 0:
        continue
    if n > 7:
        break
    print('odd', n)
else:
    print('not printed')
print('after break n =', n)
k = 10
while k > 0:
    k -= 3
print('k', k)
count = 0
while count < 0:
    count += 1
else:
    print('else of a never-entered while')
a = 0
while a < 3:
    b = 0
    while b < 3:
        if b == a:
            break
        print(a, b)
        b += 1
    a += 1
x = 27
steps = 0
while x != 1:
    if x % 2 == 0:
        x //= 2
    else:
        x = 3 * x + 1
    steps += 1
print('collatz 27 steps', steps)
