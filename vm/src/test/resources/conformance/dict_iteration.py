# Checks iteration over dicts, keys, values and items, preserving insertion order.
prices = {'apple': 3, 'banana': 1, 'cherry': 7}
for k in prices:
    print(k, prices[k])
for v in prices.values():
    print('value', v)
for k, v in prices.items():
    print(k.upper(), v * 2)
total = 0
for v in prices.values():
    total += v
print('total', total)
prices['apple'] = 10
prices['date'] = 4
print(list(prices))
del prices['banana']
prices['banana'] = 2
print(list(prices.items()))
inverted = {}
for k, v in prices.items():
    inverted[v] = k
print(inverted)
for k in sorted(prices):
    print('sorted', k)
count = 0
for k in {}:
    count += 1
print('empty count', count)
squares = {}
for i in range(6):
    squares[i] = i * i
print(squares)
for i in range(0, 6, 2):
    del squares[i]
print(squares)
for i, k in enumerate(prices):
    print(i, k)
