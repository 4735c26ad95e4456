# str.encode and bytes.decode with utf-8 (the default), ascii and latin-1 and their spellings, the errors handlers strict, ignore, replace and backslashreplace, str(bytes, encoding), and CPython's UnicodeError messages.
text = 'caf\xe9 \u20ac \U0001f600'
u = text.encode()
print(u, len(text), len(u), u.decode() == text, text.encode('utf-8') == u)
print('plain'.encode('ascii'), 'caf\xe9'.encode('latin-1'), 'caf\xe9'.encode('Latin1'), 'x'.encode('UTF8'), 'x'.encode(' utf_8 '))
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('iso-8859-1'), b'abc'.decode('us-ascii'), b'\xff\x00'.decode('l1'))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'abc', encoding='ascii'), str(b'\xff', errors='replace'), str(b'x'))
print(text.encode('ascii', 'ignore'), text.encode('ascii', 'replace'), text.encode('ascii', 'backslashreplace'))
print(text.encode('latin-1', 'replace'), text.encode('latin-1', 'xmlcharrefreplace'), 'a'.encode(errors='strict'))
bad = b'ok \xff \xe2\x82 \xe2\x82\xac \xf0\x9f\x98 \xc0\xaf \xed\xa0\x80 end \xe2'
print(bad.decode('utf-8', 'replace'))
print(bad.decode('utf-8', 'ignore'))
print(bad.decode('utf-8', 'backslashreplace'))
print(bad.decode('ascii', 'replace') == bad.decode('ascii', 'replace'), b'a\x80b'.decode('ascii', 'ignore'))
def show(f):
    try:
        print(repr(f()))
    except (UnicodeError, LookupError) as e:
        print(type(e).__name__ + ':', e)
show(lambda: 'caf\xe9'.encode('ascii'))
show(lambda: 'x\u20ac\u20acy'.encode('latin-1'))
show(lambda: '\U0001f600'.encode('ascii'))
show(lambda: b'\xff'.decode())
show(lambda: b'abc\xe2\x82'.decode())
show(lambda: b'\xe2\x28\xa1'.decode())
show(lambda: b'\xf0\x9f\x98'.decode('utf-8'))
show(lambda: b'\xc3'.decode())
show(lambda: b'ab\x80'.decode('ascii'))
show(lambda: b'x'.decode('no-such-codec'))
show(lambda: 'x'.encode('ascii', 'no-such-handler'))
show(lambda: '\xe9'.encode('ascii', 'no-such-handler'))
print(issubclass(UnicodeDecodeError, UnicodeError), issubclass(UnicodeEncodeError, ValueError))
try:
    b'\xff'.decode()
except ValueError as e:
    print('caught as ValueError:', type(e).__name__)
