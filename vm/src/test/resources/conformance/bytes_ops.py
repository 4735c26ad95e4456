# Bytes operations: len, +, *, comparisons and sorting, hash agreeing with ==, in (an int or a sub-sequence), indexing (an int), slicing (bytes), iteration, and the bytes() constructor forms.
a = b'spam'
b = b'eggs'
print(len(a), len(b''), a + b, a * 2, 3 * b'ab', b'x' * 0, b'x' * -2, a * True)
x = b'ab'
x += b'cd'
x *= 2
print(x)
print(a == b'spam', a != b, a == 'spam', a != 'spam', b'' == b'')
print(b'a' < b'b', b'a' < b'ab', b'ab' < b'b', b'\xff' > b'\x7f', b'abc' <= b'abc', b'abd' >= b'abc')
print(sorted([b'pear', b'apple', b'\x00', b'Zed', b'apple pie']))
print(min(b'bca', b'abc'), max([b'a', b'ab']))
print(hash(b'spam') == hash(b'sp' + b'am'), hash(b'') == hash(bytes()))
d = {b'one': 1, b'two': 2}
d[b'o' + b'ne'] = 11
print(d, b'two' in d, {b'k', b'k'} == {b'k'})
print(115 in a, 0 in a, b'pa' in a, b'' in a, b'ap' in a, b'spam' in a, b'spam!' in a)
print(a[0], a[-1], a[1:3], a[::-1], a[::2], a[10:], a[-3:], a[:0], a[1:-1])
print(list(a), tuple(b'hi'), [c for c in b'\x00\xff'], sum(b'\x01\x02\x03'), max(b'az'), sorted(b'cab'))
print(list(reversed(b'abc')), list(enumerate(b'ab')), list(zip(b'ab', b'cd')))
for byte in b'go':
    print(byte, chr(byte))
print(bytes(), bytes(3), bytes(0), bytes([104, 105]), bytes((0, 255)), bytes(range(65, 70)))
print(bytes(b'copy'), bytes(c for c in b'gen'), bytes(iter([1, 2])), bytes({}), bytes(True))
print(bytes('caf\xe9', 'utf-8'), bytes('caf\xe9', 'latin-1'), bytes('ok', encoding='ascii'))
print(bytes(source=[7]), bytes('x', 'ascii', 'strict'))
class Packet:
    def __bytes__(self):
        return b'\x01packet'
print(bytes(Packet()))
print(isinstance(b'', bytes), isinstance('', bytes), isinstance(b'', str), issubclass(bytes, object))
print(bool(b''), bool(b'\x00'), not b'', b'' or b'default', b'set' and b'both')
print(ord(b'A'), chr(b'A'[0]), b'abc'.decode() == 'abc')
big = bytes(1000000)
print(len(big), big[999999], big.count(b'\x00'), len(big + b'!'), (big + b'!')[-1])
