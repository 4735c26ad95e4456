# SyntaxError: missing colon after an if condition on line 3.
x = 1
if x > 0
    print('positive')
