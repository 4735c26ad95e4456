# Checks center ljust rjust zfill padding, with default and explicit fill characters.
for w in ['a', 'ab', 'abc', 'abcd', '']:
    print('[' + w.center(6) + ']', '[' + w.ljust(5) + ']', '[' + w.rjust(5) + ']')
print('[' + 'x'.center(4, '*') + ']')
print('[' + 'xy'.center(5, '-') + ']')
print('[' + 'xyz'.center(6, '.') + ']')
print('[' + 'title'.center(3) + ']')
print('[' + 'left'.ljust(10, '.') + ']')
print('[' + 'right'.rjust(10, '0') + ']')
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '12345'.zfill(3), ''.zfill(2))
print('3.14'.zfill(8), 'abc'.zfill(6), '-'.zfill(3))
for i in [1, 10, 100, 1000]:
    print(str(i).rjust(6) + '|' + str(i * i).ljust(8) + '|')
print('name'.ljust(8) + 'qty'.rjust(5))
print('apple'.ljust(8) + '3'.rjust(5))
print('kiwi'.ljust(8) + '12'.rjust(5))
