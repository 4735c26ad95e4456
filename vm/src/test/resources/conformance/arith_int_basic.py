# Checks basic integer arithmetic: + - * with positives, negatives and zero.
print(1 + 2)
print(7 - 10)
print(-3 * 4)
print(0 * -5)
print(-0)
print(123456 * 654321)
print(2 + 3 * 4)
print((2 + 3) * 4)
print(10 - 2 - 3)
print(2 * 3 + 4 * 5)
print(-7 + 7)
print(1 - -1)
print(- -5)
print(+-5)
a = 17
b = 5
print(a + b, a - b, a * b)
print(a / b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -b, a % -b)
print(-a // -b, -a % -b)
print(a ** 2, b ** 3)
x = 100
x = x + 1
x = x - 50
x = x * 3
print(x)
print(1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10)
print(99999 * 99999)
print(10 / 5, 10 / 4, 1 / 8)
print(type(10 / 5))
print(type(10 // 5))
print(0 // 7, 0 % 7)
print(6 * 7 == 42)
print(3 - 5 * 2 + 8 // 3)
