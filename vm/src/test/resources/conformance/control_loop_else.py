# Checks for/else and while/else: else runs when no break, nested loops with break flags, search idioms and break out of inner loops.
def find(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("  found", target, "at", i)
            break
    else:
        print("  no", target)
        return -1
    return i
print(find([4, 8, 15], 8), find([4, 8, 15], 16), find([], 1))
def primes_upto(n):
    out = []
    for k in range(2, n + 1):
        for p in out:
            if p * p > k:
                out.append(k)
                break
            if k % p == 0:
                break
        else:
            out.append(k)
    return out
print(primes_upto(50))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally, n =", n)
n = 0
while True:
    n += 1
    if n == 4:
        break
else:
    print("never printed")
print("broke at", n)
def first_pair(grid, total):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            for r2 in range(r, len(grid)):
                for c2, v2 in enumerate(grid[r2]):
                    if (r2, c2) > (r, c) and v + v2 == total:
                        return (r, c), (r2, c2)
    return None
grid = [[1, 5, 9], [2, 6, 10], [3, 7, 11]]
print(first_pair(grid, 13), first_pair(grid, 100), first_pair(grid, 3))
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * b == 36 and a + b == 13:
            found = (a, b)
            break
    else:
        continue
    break
print("found", found)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j, end=" | ")
    else:
        print("inner else for", i, end=" | ")
print()
countdown = 3
while countdown:
    countdown -= 1
    if countdown == 10:
        break
    print("tick", countdown)
else:
    print("liftoff")
for x in []:
    print("never")
else:
    print("empty for runs else")
attempts = [None, None, "ok", "late"]
i = 0
while i < len(attempts):
    if attempts[i] is not None:
        print("succeeded on attempt", i + 1, attempts[i])
        break
    i += 1
else:
    print("all attempts failed")
