# IndentationError: unindent does not match any outer indentation level (line 5).
def f():
    if True:
        x = 1
      return x
print(f())
