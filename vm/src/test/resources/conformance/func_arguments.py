# Checks positional, default and keyword arguments, including defaults evaluated once.
def describe(name, age=30, city='Paris'):
    return name + ' ' + str(age) + ' ' + city

print(describe('Ann'))
print(describe('Bob', 25))
print(describe('Cid', 40, 'Rome'))
print(describe('Dee', city='Oslo'))
print(describe(age=50, name='Eve'))
print(describe('Fay', city='Lima', age=22))
def power(base, exp=2):
    return base ** exp
print(power(3), power(3, 3), power(exp=0, base=9), power(2, exp=10))
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
counter = 5
def show(x=counter):
    return x
counter = 99
print(show(), show(1))
def noargs():
    return 'no args'
print(noargs())
def returns_none():
    pass
print(returns_none())
def early(x):
    if x:
        return 'early'
    print('late path')
print(early(1), early(0))
def many(a, b, c, d=4, e=5):
    return [a, b, c, d, e]
print(many(1, 2, 3), many(1, 2, 3, e=50), many(c=3, b=2, a=1, d=0))
def mutate(lst, val):
    lst.append(val)
    val = 'rebound'
    return val
data = []
v = 'orig'
print(mutate(data, v), data, v)
