# \x in a bytes literal needs two hex digits.
ok = b'\x41'
bad = b'\x4'
print(ok, bad)
