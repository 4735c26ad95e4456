# A module with a syntax error (imported by imp_syntax_error.py).
x = = 1
