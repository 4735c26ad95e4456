# Combined: Caesar and Vigenere ciphers using chr/ord, plus run-length encoding.
def shift_char(ch, k):
    if 'a' <= ch <= 'z':
        return chr((ord(ch) - ord('a') + k) % 26 + ord('a'))
    if 'A' <= ch <= 'Z':
        return chr((ord(ch) - ord('A') + k) % 26 + ord('A'))
    return ch

def caesar(text, k):
    out = ''
    for ch in text:
        out += shift_char(ch, k)
    return out

def vigenere(text, key, direction):
    out = []
    i = 0
    for ch in text:
        if ch.isalpha():
            k = ord(key[i % len(key)].lower()) - ord('a')
            out.append(shift_char(ch, k * direction))
            i += 1
        else:
            out.append(ch)
    return ''.join(out)

def rle(s):
    if not s:
        return ''
    out = ''
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out += str(count) + prev
            prev = ch
            count = 1
    return out + str(count) + prev

msg = 'Hello, World! Attack at dawn.'
for k in [0, 1, 3, 13, 25, -1, 52]:
    enc = caesar(msg, k)
    print(str(k).rjust(3), enc, caesar(enc, -k) == msg)
v = vigenere(msg, 'LEMON', 1)
print(v)
print(vigenere(v, 'LEMON', -1))
for s in ['aaabccdddd', '', 'abc', 'zzzzzzzzzzzz', 'aabbaa']:
    print(repr(s), rle(s))
