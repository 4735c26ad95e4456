# Combined: a line-oriented calculator/REPL reading commands from stdin (see in_combined.in): variables, arithmetic, errors reported, 'quit' or EOF ends.
class CalcError(Exception):
    pass


def evaluate(tokens, env):
    if len(tokens) == 1:
        return value_of(tokens[0], env)
    if len(tokens) != 3:
        raise CalcError(f"expected 'a op b', got {len(tokens)} tokens")
    a, op, b = value_of(tokens[0], env), tokens[1], value_of(tokens[2], env)
    ops = {"+": lambda x, y: x + y, "-": lambda x, y: x - y, "*": lambda x, y: x * y,
           "/": lambda x, y: x / y, "^": lambda x, y: x ** y}
    if op not in ops:
        raise CalcError(f"unknown operator {op!r}")
    return ops[op](a, b)


def value_of(token, env):
    if token in env:
        return env[token]
    try:
        return int(token)
    except ValueError:
        pass
    try:
        return float(token)
    except ValueError:
        raise CalcError(f"unknown name {token!r}") from None


env = {}
history = []
lineno = 0
while True:
    try:
        line = input(f"[{lineno}]> ")
    except EOFError:
        print("\n<eof>")
        break
    lineno += 1
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "quit":
        print("bye")
        break
    if line == "vars":
        print(", ".join(f"{k}={v}" for k, v in sorted(env.items())))
        continue
    try:
        if "=" in line:
            name, expr = [part.strip() for part in line.split("=", 1)]
            if not name.isidentifier():
                raise CalcError(f"bad name {name!r}")
            env[name] = evaluate(expr.split(), env)
            print(f"{name} = {env[name]}")
        else:
            result = evaluate(line.split(), env)
            history.append(result)
            print(result)
    except CalcError as e:
        print("error:", e)
    except ZeroDivisionError:
        print("error: division by zero")
print("history:", history, "lines read:", lineno)
