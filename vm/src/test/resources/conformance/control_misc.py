# Checks pass statements, nested break/continue with flags, assert (passing), and loop else semantics.
for i in range(3):
    pass
print('pass loop done', i)

def noop():
    pass

class Nothing:
    pass

print(noop(), Nothing is not None)
found = None
for row in range(1, 6):
    for col in range(1, 6):
        if row * col == 12:
            found = (row, col)
            break
    if found:
        break
print('found', found)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, 'is prime')
assert 1 + 1 == 2
assert [1], 'non-empty list is truthy'
assert True, 'message not evaluated'
print('asserts passed')
i = 0
while i < 10:
    i += 1
    if i % 3:
        continue
    print('multiple of 3:', i)
else:
    print('while finished with i =', i)
if True:
    if False:
        pass
    else:
        print('nested else')
