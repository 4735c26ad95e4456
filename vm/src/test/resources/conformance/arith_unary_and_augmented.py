# Checks unary operators and every augmented assignment form, incl. on list elements and attributes.
x = 5
print(-x, +x, ~x)
print(--x, -+x, ~~x)
print(-(-x))
n = 10
n += 5
print(n)
n -= 3
print(n)
n *= 4
print(n)
n //= 5
print(n)
n %= 4
print(n)
n **= 10
print(n)
f = 7
f /= 2
print(f)
s = 'ab'
s += 'cd'
s *= 2
print(s)
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 7
lst[1] -= 2
print(lst)
lst += [4, 5]
print(lst)
alias = lst
alias += [6]
print(lst)
t = (1, 2)
t += (3,)
print(t)
class Box:
    def __init__(self):
        self.value = 1
b = Box()
b.value += 41
print(b.value)
b.value *= 2
print(b.value)
d = {'k': 1}
d['k'] += 99
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] += 100
print(grid)
print(-True, +False, ~True)
