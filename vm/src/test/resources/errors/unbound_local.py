# UnboundLocalError: a local variable read before it is assigned in the function.
x = 5

def f():
    print('inside f')
    print(x)
    x = 10

print('before')
f()
