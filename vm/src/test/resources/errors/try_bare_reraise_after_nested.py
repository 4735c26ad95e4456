# Checks the traceback of an exception raised through try statements: bare_reraise_after_nested.
try:
    1 / 0
except ZeroDivisionError:
    try:
        [][1]
    except IndexError:
        pass
    raise
