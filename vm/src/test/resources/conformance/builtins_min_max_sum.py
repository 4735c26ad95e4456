# Checks min, max, sum, abs, divmod and round over several argument forms.
print(max(1, 5, 3), min(1, 5, 3), max([4, 2, 8]), min((4, 2, 8)))
print(max('apple', 'pear', 'fig'), min(['b', 'a', 'c']), max('zebra'))
print(max([1, 2], [1, 3]), min((2, 'a'), (1, 'z')))
print(max(-1, -1.5), min(0, -0.0), max(True, 0), max(1, True))
print(max(range(10)), min(range(5, 10)), max({3: 'a', 9: 'b'}))
print(sum([]), sum([1, 2, 3]), sum((1.5, 2.5)), sum(range(1, 11)), sum([1, 2], 10))
print(sum([[1], [2, 3]], []), sum([0.1] * 10))
print(sum([10 ** 30, -(10 ** 30), 1]))
print(abs(-5), abs(5), abs(-0.0), abs(-10 ** 30), abs(True), abs(-3.5))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(10 ** 20, 7), divmod(1.5, 0.5))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.14159, 2))
print(round(10), round(-7), round(2.5, 0), round(0.125, 2), round(0.375, 2))
print(round(123.456, -1), round(-123.456, 1), round(1e20))
print(type(round(2.5)), type(round(2.5, 1)))
print(max(2, 2.0), max(2.0, 2), min(1, 1.0))
values = [3, -7, 12, 0, 5]
best = values[0]
for v in values:
    if abs(v) > abs(best):
        best = v
print(best, max(values), min(values), sum(values) / len(values))
