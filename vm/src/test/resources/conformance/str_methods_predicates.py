# Checks isdigit isalpha isspace isupper islower on many inputs.
samples = ['123', 'abc', 'ABC', 'aBc', 'abc123', ' ', ' \t\n', '', '12.5', '-1', 'hello world', 'X', '9']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace(), s.isupper(), s.islower())
print('0'.isdigit(), 'z'.isalpha(), '_'.isalpha(), 'A B'.isupper())
count_digits = 0
count_alpha = 0
for ch in 'R2-D2 and C-3PO':
    if ch.isdigit():
        count_digits += 1
    elif ch.isalpha():
        count_alpha += 1
print(count_digits, count_alpha)
