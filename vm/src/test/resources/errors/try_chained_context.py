# Checks the traceback of an exception raised through try statements: chained_context.
def parse(s):
    try:
        return int(s)
    except ValueError:
        raise RuntimeError("cannot parse " + s)
def load():
    return parse("x")
load()
