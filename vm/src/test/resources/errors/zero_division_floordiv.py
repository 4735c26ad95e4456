# ZeroDivisionError: integer division or modulo by zero using %.
print(7 // 2)
print(7 % 0)
