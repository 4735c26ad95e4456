# TabError: inconsistent use of tabs and spaces in indentation (line 4).
if True:
        x = 1
	y = 2
print(x)
