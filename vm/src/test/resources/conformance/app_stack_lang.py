# Combined: an interpreter for a small Forth-like stack language with words, definitions, conditionals, loops and error reporting.
class StackError(Exception):
    pass


class UnknownWord(Exception):
    def __init__(self, word):
        super().__init__(word)
        self.word = word

    def __str__(self):
        return f"unknown word {self.word!r}"


class Machine:
    def __init__(self):
        self.stack = []
        self.out = []
        self.words = {}
        self.builtins = {
            "+": lambda a, b: [a + b],
            "-": lambda a, b: [a - b],
            "*": lambda a, b: [a * b],
            "/": self.div,
            "mod": lambda a, b: [a % b],
            "dup": lambda a: [a, a],
            "drop": lambda a: [],
            "swap": lambda a, b: [b, a],
            "over": lambda a, b: [a, b, a],
            "rot": lambda a, b, c: [b, c, a],
            "=": lambda a, b: [-1 if a == b else 0],
            "<": lambda a, b: [-1 if a < b else 0],
            ">": lambda a, b: [-1 if a > b else 0],
            "not": lambda a: [0 if a else -1],
        }

    @staticmethod
    def div(a, b):
        if b == 0:
            raise StackError("division by zero")
        return [a // b]

    def pop(self):
        if not self.stack:
            raise StackError("stack underflow")
        return self.stack.pop()

    def apply(self, name, func):
        argc = self.arity[name]
        if len(self.stack) < argc:
            raise StackError(f"{name} needs {argc}, stack has {len(self.stack)}")
        args = self.stack[len(self.stack) - argc:]
        del self.stack[len(self.stack) - argc:]
        self.stack.extend(func(*args))

    arity = {"+": 2, "-": 2, "*": 2, "/": 2, "mod": 2, "dup": 1, "drop": 1, "swap": 2,
             "over": 2, "rot": 3, "=": 2, "<": 2, ">": 2, "not": 1}

    def run(self, tokens):
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            if tok == ":":
                end = tokens.index(";", i)
                name = tokens[i]
                self.words[name] = tokens[i + 1:end]
                i = end + 1
            elif tok == "if":
                depth, j = 1, i
                else_at = None
                while depth:
                    if tokens[j] == "if":
                        depth += 1
                    elif tokens[j] == "then":
                        depth -= 1
                    elif tokens[j] == "else" and depth == 1:
                        else_at = j
                    j += 1
                then_at = j - 1
                if self.pop():
                    self.run(tokens[i:else_at if else_at is not None else then_at])
                elif else_at is not None:
                    self.run(tokens[else_at + 1:then_at])
                i = then_at + 1
            elif tok == "times":
                body_end = tokens.index("loop", i)
                count = self.pop()
                for _ in range(count):
                    self.run(tokens[i:body_end])
                i = body_end + 1
            elif tok == ".":
                self.out.append(str(self.pop()))
            elif tok == "emit":
                self.out.append(chr(self.pop()))
            elif tok in self.words:
                self.run(self.words[tok])
            elif tok in self.builtins:
                self.apply(tok, self.builtins[tok])
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    raise UnknownWord(tok) from None


def execute(source, machine=None):
    m = machine or Machine()
    try:
        m.run(source.split())
        status = "ok"
    except (StackError, UnknownWord) as e:
        status = f"error: {e}"
    except RecursionError:
        status = "error: too deep"
    print(f"{source[:38]:<40}| {' '.join(m.out):<22}| {m.stack} {status}")
    return m


execute("1 2 + .")
execute("2 3 4 * + . 10 3 - .")
execute("7 2 / . 7 2 mod . -7 2 / .")
execute("1 2 swap . . 1 2 over . . .")
execute("1 2 3 rot . . .")
execute(": sq dup * ; 5 sq . 12 sq sq .")
execute("3 4 < if 111 . else 222 . then 4 3 < if 333 . else 444 . then")
execute("1 if 0 if 1 . else 2 . then else 3 . then")
execute("72 emit 105 emit 33 emit")
execute("0 5 times 1 + dup . loop")
execute(": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact .")
execute(": fib over over + ; 0 1 10 times fib loop . .")
execute("1 +")
execute("5 0 /")
execute("1 2 frob")
execute(". 1")
execute(": loopy loopy ; loopy")
m = execute(": double 2 * ; 21 double")
execute("double double .", m)
print(sorted(m.words), m.words["double"], len(m.stack))
