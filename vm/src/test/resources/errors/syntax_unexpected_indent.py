# IndentationError: unexpected indent on line 3.
x = 1
    y = 2
print(x + y)
