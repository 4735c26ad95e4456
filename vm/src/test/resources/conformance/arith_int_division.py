# Checks floor division and modulo with every sign combination, and true division.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3), (0, 5), (1, 10), (-1, 10), (5, 1), (5, -1)]
for p in pairs:
    a = p[0]
    b = p[1]
    print(a, b, a // b, a % b, a / b)
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
print(-1 // 3, -1 % 3)
print(1 // -3, 1 % -3)
print(10 // 3 * 3 + 10 % 3)
print(-10 // 3 * 3 + -10 % 3)
print(7.5 // 2, 7.5 % 2)
print(-7.5 // 2, -7.5 % 2)
print(7 // 2.0, 7 % 2.0)
print(-7 // 2.0, -7 % 2.0)
print(5.0 % -3, -5.0 % 3)
print(1 / 3)
print(2 / 3)
print(10 / 3)
print(-10 / 4)
print(1 / 1)
print(0 / 9)
print(2 ** 62 // 3)
print(-(2 ** 62) % 7)
