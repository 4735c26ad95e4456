# Checks random with a seed gives CPython's numbers: random, randint, randrange, shuffle, choice, getrandbits, uniform, str and big-int seeds.
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10), random.randrange(10, 0, -3))
deck = list(range(10))
random.shuffle(deck)
print(deck, random.choice("abcdef"), random.choice([10, 20, 30]))
print(random.getrandbits(8), random.getrandbits(70), random.uniform(1, 2))
random.seed(12345678901234567890)
print(random.random(), random.randint(0, 10 ** 30))
random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(0)
print(random.random())
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(0)
except ValueError as e:
    print(e)
