# Combined: fizzbuzz variants and Collatz sequence statistics.
for i in range(1, 21):
    if i % 15 == 0:
        print('FizzBuzz')
    elif i % 3 == 0:
        print('Fizz')
    elif i % 5 == 0:
        print('Buzz')
    else:
        print(i)
line = ''
for i in range(1, 16):
    word = ''
    if i % 3 == 0:
        word += 'Fizz'
    if i % 5 == 0:
        word += 'Buzz'
    line += (word or str(i)) + ' '
print(line.strip())

def collatz(n):
    seq = [n]
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        seq.append(n)
    return seq

print(collatz(6))
print(collatz(7))
print(len(collatz(27)), max(collatz(27)))
best = 1
best_len = 1
for start in range(1, 1000):
    length = len(collatz(start))
    if length > best_len:
        best = start
        best_len = length
print('longest under 1000:', best, best_len)
print(len(collatz(2 ** 100 + 1)))
