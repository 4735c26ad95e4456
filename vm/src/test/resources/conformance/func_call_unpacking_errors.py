# Checks the TypeErrors of * and ** arguments that are not iterables or mappings, in CPython's words.
def f(*args, **kwargs):
    return args, kwargs


class Seq:
    def __getitem__(self, i):
        if i < 2:
            return i * 10
        raise IndexError(i)


print(f(*Seq()), f(1, *Seq(), *"ab"), f(*range(2), **{"k": 3}))
for make in (lambda: f(*5), lambda: f(1, *5), lambda: f(*None, k=1), lambda: f(**[1]), lambda: f(*[1], **3)):
    try:
        make()
    except TypeError as e:
        print(e)
