# SyntaxError: a parenthesis opened on line 3 is never closed.
print('fine')
total = (1 + 2
print(total)
