# Checks the traceback of an exception raised through try statements: chained_cause.
class AppError(Exception):
    pass
def inner():
    {}["missing"]
def outer():
    try:
        inner()
    except KeyError as e:
        raise AppError("lookup failed") from e
outer()
