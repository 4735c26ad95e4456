def gen():
    yield 1
    raise StopIteration("x")

def use():
    return list(gen())

use()
