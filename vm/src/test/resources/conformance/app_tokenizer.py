# Combined: a tokenizer for arithmetic expressions and a recursive-descent evaluator with variables, functions and error reporting.
class TokenError(Exception):
    def __init__(self, pos, char):
        super().__init__(f"unexpected {char!r} at {pos}")
        self.pos = pos


class ParseError(Exception):
    pass


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


OPERATORS = "+-*/%^(),"


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            text = src[start:i]
            if text.count(".") > 1:
                raise TokenError(start, text)
            tokens.append(Token("num", text, start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise TokenError(i, ch)
    tokens.append(Token("end", "", len(src)))
    return tokens


BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b,
    "%": lambda a, b: a % b,
}

FUNCTIONS = {
    "max": max,
    "min": min,
    "abs": abs,
    "sq": lambda x: x * x,
}


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.i = 0
        self.env = env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise ParseError(f"expected {text!r} at {tok.pos}, got {tok.text or 'end'!r}")
        self.i += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek().kind != "end":
            raise ParseError(f"trailing {self.peek().text!r} at {self.peek().pos}")
        return value

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            value = BINARY[op](value, self.term())
        return value

    def term(self):
        value = self.power()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            value = BINARY[op](value, self.power())
        return value

    def power(self):
        base = self.unary()
        if self.peek().text == "^":
            self.take()
            return base ** self.power()
        return base

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        if self.peek().text == "+":
            self.take()
            return +self.unary()
        return self.atom()

    def atom(self):
        tok = self.take()
        if tok.kind == "num":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "name":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take(",")
                    args.append(self.expr())
                self.take(")")
                if tok.text not in FUNCTIONS:
                    raise ParseError(f"unknown function {tok.text}")
                return FUNCTIONS[tok.text](*args)
            try:
                return self.env[tok.text]
            except KeyError:
                raise ParseError(f"undefined name {tok.text!r}") from None
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise ParseError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


def evaluate(src, env):
    try:
        return Parser(tokenize(src), env).parse()
    except TokenError as e:
        return f"token error: {e} (pos {e.pos})"
    except ParseError as e:
        return f"parse error: {e}"
    except ZeroDivisionError as e:
        return f"math error: {e}"


print(tokenize("12 + x*(3.5 - y)"))
env = {"x": 4, "y": 1.5, "big": 2 ** 40}
cases = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2",
    "10 / 4",
    "10 % 4 + 7 % -3",
    "x * (3.5 - y)",
    "max(1, x, 3) + min(7, 2) - abs(-9)",
    "sq(sq(x)) + big",
    "--x + +y",
    "1 / 0",
    "3 $ 4",
    "1.2.3 + 1",
    "(1 + 2",
    "1 + 2)",
    "foo(1)",
    "z + 1",
    "",
    "4 * (",
]
for src in cases:
    print(f"{src!r:>40} => {evaluate(src, env)!r}")

counts = {}
for src in cases:
    try:
        for tok in tokenize(src):
            counts[tok.kind] = counts.get(tok.kind, 0) + 1
    except TokenError:
        counts["bad"] = counts.get("bad", 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
