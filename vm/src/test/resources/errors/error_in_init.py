# An error raised inside __init__ of a class (bad int conversion of a constructor argument).
class Temperature:
    def __init__(self, text):
        self.degrees = int(text)

t = Temperature('21')
print(t.degrees)
bad = Temperature('warm')
