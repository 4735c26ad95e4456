# A bytes literal next to a str literal: CPython refuses to join them, and points past the last one.
header = (b'GET / HTTP/1.1\r\n'
          'Host: example.org\r\n')
print(header)
