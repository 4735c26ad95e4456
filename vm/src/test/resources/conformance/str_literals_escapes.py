# Checks string literal forms: quotes, escapes, triple quotes, raw strings, adjacent literals.
print('single', "double")
print('it\'s', "say \"hi\"", "it's", 'say "hi"')
print('tab\there')
print('new\nline')
print('back\\slash')
print('\x41\x42\x43', '\101', '\u00e9')
print('bell\a'.replace('\a', '<BEL>'))
print(len('\n'), len('\\n'), len(r'\n'))
print(r'raw\nstring', r"C:\path\to")
print('''triple
single''')
print("""triple "double" with 'quotes'""")
s = """line1
    line2
line3"""
print(s)
print(len(s))
print('adjacent' ' ' 'literals')
print('a' 'b' "c")
print('')
print("")
print('line continues \
here')
print('\0' == '\x00', len('\0'))
print('caf\u00e9', len('caf\u00e9'))
print('\r' == chr(13), '\t' == chr(9))
