# input(): reads lines from stdin (run with io_input.in as stdin); EOFError at the end.
name = input("name? ")
print("hello", name)
total = 0
while True:
    try:
        line = input()
    except EOFError:
        print("eof")
        break
    total += int(line)
print("total", total)
