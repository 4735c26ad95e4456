# KeyError with an int key, raised two calls deep.
def lookup(table, k):
    return table[k]

def main():
    table = {1: 'one', 2: 'two'}
    print(lookup(table, 1))
    print(lookup(table, 3))

main()
