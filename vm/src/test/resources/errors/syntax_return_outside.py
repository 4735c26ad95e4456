# SyntaxError: 'return' outside function on line 4.
x = 1
if x:
    return x
