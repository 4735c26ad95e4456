# Checks truthiness of every basic value and bool() conversions.
values = [0, 1, -1, 0.0, 0.5, '', 'a', ' ', [], [0], (), (0,), {}, {'a': 1}, None, True, False, 10 ** 30]
for v in values:
    print(repr(v), bool(v), not v)
print(bool(set()), bool({1}))
print(bool(range(0)), bool(range(3)))
print(True + True, True * 10, False - 1)
print(True == 1, False == 0, True is True)
print(int(True), float(False), str(True))
print(type(True), isinstance(True, int))
if []:
    print('empty list true')
else:
    print('empty list false')
if 'x':
    print('nonempty str true')
n = 3
while n:
    print('n =', n)
    n -= 1
print(True and 3, False or 'z')
