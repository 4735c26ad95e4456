# Decoding bytes that are not UTF-8: CPython's message names the byte, its position and why.
raw = 'caf\xe9'.encode('latin-1')
print(raw)
print(raw.decode())
