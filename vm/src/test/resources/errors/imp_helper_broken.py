# A module that fails while it loads (imported by imp_error_in_module.py).
def fail():
    return 1 / 0

x = fail()
