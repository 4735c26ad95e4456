# Helper module imported by the imp_ programs; run by itself it only prints that its code ran.
print("imp_helper_pc: module code runs")

GREETING = "hello"
counter = 0
_private = "underscore"


def greet(name, punct="!"):
    return f"{GREETING}, {name}{punct}"


def bump(n=1):
    global counter
    counter += n
    return counter


def square(x):
    return x * x


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)
        return self

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return f"Stack({self.items})"


class HelperError(Exception):
    pass


def checked_sqrt(x):
    if x < 0:
        raise HelperError(f"negative input {x}")
    return x ** 0.5
