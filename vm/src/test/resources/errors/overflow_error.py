# OverflowError: float power overflow.
print(2.0 ** 100)
print(2.0 ** 10000)
