# Checks sys.stdout: write returns the length, print(file=sys.stdout), flush.
import sys
n = sys.stdout.write("abc\n")
print(n)
sys.stdout.write("no newline")
sys.stdout.write("\n")
print("to stdout", file=sys.stdout)
sys.stdout.flush()
print(sys.stdout.write(""))
