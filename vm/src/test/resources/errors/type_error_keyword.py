# TypeError: a call with an unexpected keyword argument.
def area(w, h=1):
    return w * h

print(area(2, h=3))
print(area(2, depth=3))
