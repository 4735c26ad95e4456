# ValueError: int() of a non-numeric string, inside nested calls.
def parse(s):
    return int(s)

def parse_all(items):
    out = []
    for s in items:
        out.append(parse(s))
    return out

print(parse_all(['1', '2']))
print(parse_all(['3', 'abc']))
