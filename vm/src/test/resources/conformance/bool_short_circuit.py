# Checks and/or/not return operands and short-circuit evaluation order.
def t(name):
    print('eval', name)
    return True

def f(name):
    print('eval', name)
    return False

print(0 or 'x')
print('' or [] or 0)
print(1 and 2 and 3)
print(1 and 0 and 3)
print(None or None)
print([] and 'never')
print('a' or 'b', 'a' and 'b')
print(not 0, not 'x', not None)
print(t('A') or t('B'))
print(f('C') and t('D'))
print(f('E') or t('F'))
print(t('G') and f('H') and t('I'))
print(t('J') and (f('K') or t('L')))
print(not (t('M') and f('N')))
x = 5
print(x > 0 and x < 10)
print(x > 0 and 'positive' or 'nonpositive')
print(0 < x and x or -1)
result = None
name = result or 'default'
print(name)
print(1 or 1 / 0)
print(0 and 1 / 0)
print(not not 5)
