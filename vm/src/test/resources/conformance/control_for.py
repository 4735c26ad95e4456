# Checks for loops over list, tuple, str, dict, range and set, with break/continue/else.
for x in [1, 2, 3]:
    print('list', x)
for x in ('a', 'b'):
    print('tuple', x)
for ch in 'hi!':
    print('str', ch)
for k in {'k1': 1, 'k2': 2}:
    print('dict', k)
for s in {3, 1, 2}:
    print('set', s)
for i in range(3):
    print('range', i)
for i in range(10, 0, -3):
    print('down', i)
for i in range(0):
    print('never')
else:
    print('empty for else')
for i in range(5):
    if i == 3:
        print('break at', i)
        break
else:
    print('not printed')
for i in range(5):
    if i % 2:
        continue
    print('even', i)
else:
    print('for else after continue')
for i in range(3):
    for j in range(3):
        if j > i:
            break
        print(i, j, end='; ')
print()
print('loop var after loop', i)
for x in []:
    pass
total = 0
for n in range(1, 101):
    total += n
print(total)
lst = [1, 2, 3]
for v in lst:
    v = v * 10
print(lst)
