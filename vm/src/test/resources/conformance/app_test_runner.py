# Combined: a tiny unit-test framework: assertion helpers raising exceptions, a runner that classifies pass/fail/error/skip, and a summary.
class SkipTest(Exception):
    pass


class TestFailure(AssertionError):
    pass


class TestCase:
    def assert_equal(self, a, b, msg=None):
        if a != b:
            raise TestFailure(msg or f"{a!r} != {b!r}")

    def assert_true(self, x, msg=None):
        if not x:
            raise TestFailure(msg or f"{x!r} is not true")

    def assert_raises(self, exc_type, func, *args, **kwargs):
        try:
            func(*args, **kwargs)
        except exc_type as e:
            return e
        except Exception as e:
            raise TestFailure(f"expected {exc_type.__name__}, got {type(e).__name__}") from e
        raise TestFailure(f"{exc_type.__name__} not raised")

    def assert_almost(self, a, b, places=7):
        if round(abs(a - b), places) != 0:
            raise TestFailure(f"{a!r} != {b!r} within {places} places")

    def skip(self, reason):
        raise SkipTest(reason)

    def setup(self):
        pass

    def teardown(self):
        pass


def run_tests(case_class, names):
    results = {"pass": [], "fail": [], "error": [], "skip": []}
    for name in names:
        case = case_class()
        method = getattr(case, name)
        outcome = "pass"
        detail = ""
        try:
            case.setup()
            try:
                method()
            finally:
                case.teardown()
        except SkipTest as e:
            outcome, detail = "skip", str(e)
        except AssertionError as e:
            outcome, detail = "fail", str(e)
            if e.__cause__ is not None:
                detail += f" (caused by {type(e.__cause__).__name__}: {e.__cause__})"
        except Exception as e:
            outcome, detail = "error", f"{type(e).__name__}: {e}"
        results[outcome].append(name)
        mark = {"pass": ".", "fail": "F", "error": "E", "skip": "s"}[outcome]
        print(f"{mark} {name:<24} {detail}".rstrip())
    return results


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()


log = []


class StackTests(TestCase):
    def setup(self):
        self.s = Stack()
        log.append("setup")

    def teardown(self):
        log.append("teardown")

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assert_equal(self.s.pop(), 2)
        self.assert_equal(self.s.items, [1])

    def test_pop_empty(self):
        e = self.assert_raises(IndexError, self.s.pop)
        self.assert_equal(str(e), "pop from empty list")

    def test_wrong_exception(self):
        self.assert_raises(KeyError, self.s.pop)

    def test_not_raised(self):
        self.assert_raises(ValueError, self.s.push, 3)

    def test_failing_equal(self):
        self.s.push("a")
        self.assert_equal(self.s.items, ["b"])

    def test_custom_message(self):
        self.assert_true(len(self.s.items) > 0, msg="stack should not be empty")

    def test_error(self):
        self.s.push(1)
        return self.s.items["x"]

    def test_skipped(self):
        self.skip("not ready")

    def test_float(self):
        self.assert_almost(0.1 + 0.2, 0.3)
        self.assert_almost(1.0, 1.001, places=2)

    def test_float_fail(self):
        self.assert_almost(1.0, 1.1, places=3)

    def test_plain_assert(self):
        assert self.s.items == [], "fresh stack"
        assert 1 + 1 == 3, "math is broken"

    def test_kwargs(self):
        def f(a, *, b):
            return a - b
        self.assert_equal(self.assert_raises(TypeError, f, 1, 2).args[0],
                          "f() takes 1 positional argument but 2 were given")
        self.assert_equal(f(5, b=2), 3)
        self.assert_raises(ZeroDivisionError, lambda x, y=0: x / y, 1)


names = [n for n in ["test_push_pop", "test_pop_empty", "test_wrong_exception", "test_not_raised",
                     "test_failing_equal", "test_custom_message", "test_error", "test_skipped",
                     "test_float", "test_float_fail", "test_plain_assert", "test_kwargs"]]
results = run_tests(StackTests, names)
print(", ".join([f"{k}={len(v)}" for k, v in results.items()]))
print("failed:", results["fail"])
print(log.count("setup"), log.count("teardown"), log[:4])
ok = not results["fail"] and not results["error"]
print("OK" if ok else f"FAILED (failures={len(results['fail'])}, errors={len(results['error'])})")
