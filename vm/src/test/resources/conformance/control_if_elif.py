# Checks if/elif/else chains, nested ifs, and conditions of different types.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'

for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
x = 15
if x % 3 == 0:
    if x % 5 == 0:
        print('fizzbuzz')
    else:
        print('fizz')
elif x % 5 == 0:
    print('buzz')
if x > 100:
    print('never')
if not x:
    print('never')
else:
    print('x is truthy')
if x > 10: print('one-line if')
if []:
    pass
elif {}:
    pass
elif 'text':
    print('third branch')
name = ''
if name:
    print('has name')
elif name is None:
    print('none')
else:
    print('empty name')
grade = 85
if grade >= 90:
    letter = 'A'
elif grade >= 80:
    letter = 'B'
else:
    letter = 'C'
print(letter)
