# Checks the traceback of an exception raised through try statements: finally_then_raise.
def f():
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
f()
