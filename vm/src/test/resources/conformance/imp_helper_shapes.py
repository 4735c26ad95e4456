# A module imported by imp_basics.py (not a program on its own; it prints when it loads).
print("loading", __name__)

PI = 3.14159
_count = 0

class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

def make(n):
    global _count
    _count += 1
    return [Square(i) for i in range(n)]

def made():
    return _count

if __name__ == "__main__":
    print("only when run as a script")
