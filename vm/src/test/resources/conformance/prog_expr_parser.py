# Combined: a recursive-descent parser and evaluator for arithmetic expressions with precedence.
def tokenize(s):
    tokens = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(s) and (s[j].isdigit() or s[j] == '.'):
                j += 1
            text = s[i:j]
            tokens.append(float(text) if '.' in text else int(text))
            i = j
        elif s[i:i + 2] == '**':
            tokens.append('**')
            i += 2
        else:
            tokens.append(ch)
            i += 1
    return tokens

class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return None

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek() == '+' or self.peek() == '-':
            op = self.take()
            rhs = self.term()
            value = value + rhs if op == '+' else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in ('*', '/', '%'):
            op = self.take()
            rhs = self.factor()
            if op == '*':
                value = value * rhs
            elif op == '/':
                value = value / rhs
            else:
                value = value % rhs
        return value

    def factor(self):
        if self.peek() == '-':
            self.take()
            return -self.factor()
        base = self.atom()
        if self.peek() == '**':
            self.take()
            return base ** self.factor()
        return base

    def atom(self):
        tok = self.take()
        if tok == '(':
            value = self.expr()
            self.take()
            return value
        return tok

for text in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '10 / 4', '10 % 4 + 1',
             '2 * (3 + 4) * (5 - 1)', '1.5 * 4', '((7))', '2 ** 100', '100 - 1 - 1', '-(-3)',
             '0.1 + 0.2', '7 / 7']:
    print(text.ljust(24), tokenize(text) if len(text) < 10 else '', Parser(text).expr())
