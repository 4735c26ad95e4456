# Checks SystemExit: sys.exit with and without codes caught as an exception, its code and args, finally blocks, and BaseException handlers.
import sys
for arg in [(), (0,), (3,), ("message",), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e), e.code, e.args)
try:
    try:
        sys.exit(2)
    finally:
        print("finally before exit propagates")
except SystemExit as e:
    print("caught code", e.code)
try:
    sys.exit(1)
except Exception:
    print("not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__, isinstance(e, Exception))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly", e.code)
def cleanup():
    try:
        sys.exit("bye")
    except SystemExit:
        print("cleanup swallowed exit")
        return "continued"
print(cleanup())
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
print("exiting with 0")
sys.exit(0)
print("never")
