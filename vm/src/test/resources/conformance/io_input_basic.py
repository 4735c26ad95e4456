# Checks input(): reading lines from stdin (see in_basic.in), prompts written to stdout, whitespace kept, empty lines, and EOFError at end of input.
name = input()
print("name:", repr(name))
age = int(input("age? "))
print("next year:", age + 1)
raw = input()
print("raw kept:", repr(raw), repr(raw.strip()))
empty = input("empty> ")
print("empty:", repr(empty))
numbers = [int(x) for x in input().split()]
print("sum:", sum(numbers), "max:", max(numbers))
count = 0
while True:
    try:
        line = input()
    except EOFError:
        print("EOF after", count, "more lines")
        break
    count += 1
    print(f"line {count}: {line.upper()!r}")
try:
    input("again? ")
except EOFError as e:
    print("EOFError:", repr(e))
