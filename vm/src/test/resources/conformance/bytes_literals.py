# Bytes literals: quotes, prefixes (b, B, rb, Rb, bR, BR), every escape, adjacent literals joined, and repr's quote choice and escapes, as CPython prints them.
print(b'abc', B"abc", b'''tri
ple''', b"""x""")
print(b'', type(b''), type(b'') is bytes, bytes)
print(b'\x00\x01\x7f\x80\xfe\xff')
print(b'\n\t\r\\ \' \"')
print(b'\a\b\f\v', b'\0', b'\7', b'\12', b'\101\102', b'\1234', b'\777')
print(b'\xAb\xCD', b'\x41\x42C')
print(b'\q \u1234 \N{DASH} \U00000041')
print(rb'\x41\n', Rb'\d+', bR'\\', BR'''a\
b''', br'\'')
print(b'line one \
continued')
print(b'ab' b'cd' B'ef', b'x' rb'\y')
joined = (b'first '
          b'second')
print(joined, len(joined))
# repr picks single quotes unless the bytes hold ' and no "
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), repr(b"'"), repr(b'"'))
print(repr(b'back\\slash'), repr(b'\x1b[0m'), repr(b'\x7f'), repr(b' ~'))
print(str(b'abc'), ascii(b'\xff'), '%s and %r' % (b'x', b'y'))
print(f'{b"fmt"}', f'{b"fmt"!r}', f'{b"fmt"!s}', format(b'fm'))
print([b'in', b'a list'], (b'tuple',), {b'key': b'value'})
print(b'caf\xc3\xa9'.decode(), b'tab\there'.decode('ascii'))
