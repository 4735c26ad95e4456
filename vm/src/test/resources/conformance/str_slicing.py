# Checks string indexing and slicing with negative indices and steps.
s = 'abcdefghij'
print(s[0], s[9], s[-1], s[-10])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2])
print(s[8:2:-1], s[8:2:-3], s[2:8:-1] == '')
print(s[100:], s[-100:3], s[3:-100], s[5:100])
print(s[1:9:3], s[-1:-5:-1], s[-5:-1])
print(s[::3], s[::-3], s[9:0:-4])
print(repr(s[5:5]), repr(s[6:2]))
print(len(s[::2]), len(s[3:3]))
word = 'racecar'
print(word == word[::-1], 'python' == 'python'[::-1])
print('hello'[1:-1])
print('x'[0], 'x'[-1], 'x'[:10])
t = 'Hello, World'
print(t[7:], t[:5].upper(), t[-5:-1])
for i in range(0, len(t), 4):
    print(i, t[i:i + 4])
