# fib.py: naive recursive Fibonacci.
# Measures: function calls and returns (frame creation, argument passing), small-int arithmetic.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 34
print("fib", N, "=", fib(N))
