# SyntaxError: invalid syntax in 'x = = 1' on line 3.
y = 2
x = = 1
print(x)
