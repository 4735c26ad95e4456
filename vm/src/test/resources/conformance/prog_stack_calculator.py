# Combined: a reverse-Polish-notation calculator built on a list used as a stack.
def tokenize(expr):
    return expr.split()

def apply_op(op, a, b):
    if op == '+':
        return a + b
    if op == '-':
        return a - b
    if op == '*':
        return a * b
    if op == '/':
        return a / b
    if op == '//':
        return a // b
    if op == '%':
        return a % b
    if op == '**':
        return a ** b
    return None

def evaluate(expr):
    stack = []
    for tok in tokenize(expr):
        if tok in ['+', '-', '*', '/', '//', '%', '**']:
            b = stack.pop()
            a = stack.pop()
            stack.append(apply_op(tok, a, b))
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif '.' in tok:
            stack.append(float(tok))
        else:
            stack.append(int(tok))
    return stack

programs = [
    '1 2 +',
    '2 3 4 * +',
    '5 1 2 + 4 * + 3 -',
    '10 3 /',
    '-7 2 //',
    '-7 2 %',
    '2 100 **',
    '3 dup *',
    '1 2 swap -',
    '0.1 0.2 +',
    '1 2 3',
    '2 0.5 **',
    '12345678901234567890 dup *',
]
for p in programs:
    result = evaluate(p)
    print(p.ljust(30), '=>', result)
