# Imports a module with a syntax error: the SyntaxError shows where, under the import.
print("before")
import imp_helper_bad_syntax
