# hashlib hashes bytes: a str must be encoded first.
import hashlib

def fingerprint(text):
    return hashlib.sha256(text).hexdigest()

print(fingerprint('hello'.encode()))
print(fingerprint('hello'))
