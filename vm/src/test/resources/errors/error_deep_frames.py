# A KeyError propagating through four frames: module -> a -> b -> c.
def c(d):
    return d['z']

def b(d):
    return c(d) + 1

def a():
    d = {'x': 1}
    print('in a')
    return b(d)

a()
