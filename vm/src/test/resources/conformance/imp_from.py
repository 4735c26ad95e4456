# Checks from-imports from a module next to the script: names, 'as' aliases, binding semantics (a from-imported name does not follow later rebinding), errors.
from imp_helper_pc import greet, square as sq, Stack
from imp_helper_pc import counter, bump
import imp_helper_pc
print(greet("from-import"), sq(7), Stack())
print(counter, bump(), bump(), counter, imp_helper_pc.counter)
counter = 100
print(counter, imp_helper_pc.counter)
def local_import():
    from imp_helper_pc import GREETING as g
    return g
print(local_import())
imp_helper_pc.GREETING = "changed"
print(local_import(), greet("x"))
try:
    from imp_helper_pc import missing_name
except ImportError as e:
    print("ImportError:", type(e).__name__, e.name)
from imp_helper_pc import HelperError, checked_sqrt
try:
    checked_sqrt(-1)
except HelperError as e:
    print("caught", repr(e))
print(sq is imp_helper_pc.square, Stack is imp_helper_pc.Stack, greet.__name__, sq.__name__)
