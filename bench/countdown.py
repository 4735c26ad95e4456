# countdown.py: the loop from the GIL lessons, run on one thread.
# Measures: the bare interpreter loop (LOAD_FAST, COMPARE_OP, BINARY_OP on small ints, jumps).

def countdown(n):
    while n > 0:
        n -= 1
    return n


N = 40_000_000
print("countdown", N, "->", countdown(N))
