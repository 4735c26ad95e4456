# SyntaxError: two operators in a row followed by a missing operand on line 4.
a = 1
b = 2
c = a + * b
print(c)
