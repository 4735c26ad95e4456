# TypeError: can only concatenate str (not "int") to str, raised inside a method.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, times):
        return 'hello ' + self.name + times

g = Greeter('ann')
print('made greeter')
print(g.greet(3))
