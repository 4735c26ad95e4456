# AttributeError: module 'sys' has no attribute 'nope'.
import sys
print(sys.maxsize > 0)
print(sys.nope)
