# An error in a method called from a loop at module level (division by zero on the 3rd item).
class Averager:
    def __init__(self):
        self.total = 0
    def share(self, parts):
        return self.total // parts

avg = Averager()
avg.total = 100
for parts in [4, 2, 0, 5]:
    print(avg.share(parts))
