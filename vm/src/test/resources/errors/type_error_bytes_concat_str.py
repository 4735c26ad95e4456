# Adding a str to bytes: bytes' own message, not str's.
def frame(payload):
    return payload + '\n'

print(frame(b'hello'))
