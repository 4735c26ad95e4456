# Runs a module that raises while it loads: the traceback goes through the import.
import imp_helper_broken
