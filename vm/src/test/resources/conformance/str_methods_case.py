# Checks case methods: upper lower title capitalize swapcase and case predicates.
words = ['hello', 'WORLD', 'Mixed Case', 'already Title', "it's a dog's life", '123abc', '', 'x']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase())
print('hello world'.title())
print('hELLO wORLD'.capitalize())
print('a1b2c3'.title())
print('ABC'.isupper(), 'abc'.isupper(), 'Abc'.isupper(), '123'.isupper(), 'A1'.isupper())
print('abc'.islower(), 'aBc'.islower(), '1a'.islower(), ''.islower())
print('Hello'.swapcase().swapcase())
print('x'.upper() == 'X', 'MiXeD'.lower())
