# Checks string concatenation, repetition, comparison, iteration, len, chr and ord.
a = 'foo'
b = 'bar'
print(a + b, a * 3, 3 * b, a * 0, a * -2 == '')
print(len(a + b), len(''), len('a' * 100))
print(a < b, a > b, a == 'foo', a != 'foo', 'a' < 'aa', 'B' < 'a')
print(max('hello'), min('hello'), sorted('hello'))
print(list('abc'), tuple('xy'))
for ch in 'hey':
    print(ch, ord(ch))
print(chr(65), chr(97), chr(48), chr(32) == ' ', chr(8364))
print(ord('A'), ord('z'), ord('0'), ord('\n'), ord('\u20ac'))
code = ''
for ch in 'HAL':
    code += chr(ord(ch) + 1)
print(code)
print(str(42) + '!', str(-3.5), str(None), str([1, 'a']))
print('-' * 20)
print('ab' * 3 + 'c')
total = 0
for ch in '12345':
    total += int(ch)
print(total)
print('abc' in 'xxabcxx', 'a' * 3 in 'baaab')
s = ''
for i in range(5):
    s = s + str(i)
print(s, s[::-1])
print('Spam'[0] * 2 + 'Eggs'[-1])
