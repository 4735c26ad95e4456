# NameError: a name used after it was deleted with del.
scratch_text = 'temporary'
print(scratch_text)
del scratch_text
print(scratch_text)
