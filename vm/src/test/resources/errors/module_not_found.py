# ModuleNotFoundError: importing a module that does not exist.
print('about to import')
import nosuchmodule
