# A bytes literal may only hold ASCII characters: others must be written as escapes (b'caf\xc3\xa9').
word = b'café'
print(word)
