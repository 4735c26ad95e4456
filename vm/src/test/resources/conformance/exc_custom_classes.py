# Checks user exception classes: custom __init__ and __str__, args, extra attributes, repr, hierarchies, catching by base, and str of builtins.
class ValidationError(Exception):
    def __init__(self, field, message, code=400):
        super().__init__(field, message)
        self.field = field
        self.message = message
        self.code = code
    def __str__(self):
        return f"{self.field}: {self.message} (code {self.code})"
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required", code=422)
class Plain(Exception):
    pass
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
e = ValidationError("age", "must be positive")
print(e, repr(e), e.args, e.field, e.code)
m = MissingField("name")
print(m, repr(m), m.args, isinstance(m, ValidationError), isinstance(m, Exception))
p0, p1, p2 = Plain(), Plain("one"), Plain("one", 2)
print(repr(p0), repr(p1), repr(p2), "[" + str(p0) + "]", str(p1), str(p2))
print(repr(WithRepr("x")), str(WithRepr("x")), WithRepr("a", "b").args)
def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        try:
            if field not in record:
                raise MissingField(field)
            value = record[field]
            if field == "age" and not (isinstance(value, int) and value > 0):
                raise ValidationError(field, f"bad value {value!r}")
            if field == "email" and "@" not in value:
                raise ValidationError(field, "needs @", code=401)
        except ValidationError as err:
            errors.append(err)
    return errors
records = [{"name": "a", "age": 3, "email": "a@b"}, {"age": -1, "email": "x"}, {"name": "n", "age": "7"}]
for r in records:
    errs = validate(r)
    print(len(errs), [str(x) for x in errs], [type(x).__name__ for x in errs], sorted([x.code for x in errs]))
builtin = [ValueError(), ValueError("v"), KeyError("k"), KeyError(), IndexError(3), OSError("o"), ZeroDivisionError("z"), Exception(1, "two", None), StopIteration(5), AssertionError()]
for b in builtin:
    print(type(b).__name__, repr(b), "[" + str(b) + "]", b.args)
class Retry(Exception):
    attempts = 0
    def __init__(self, *args):
        Retry.attempts += 1
        super().__init__(*args)
for i in range(3):
    try:
        raise Retry("attempt", i)
    except Retry as r:
        last = r
print(Retry.attempts, last.args, str(last))
class Wrapped(Exception):
    def __init__(self, inner):
        self.inner = inner
        super().__init__(f"wrapped {type(inner).__name__}")
try:
    try:
        {}["x"]
    except KeyError as k:
        raise Wrapped(k)
except Wrapped as w:
    print(w, repr(w.inner), w.__context__ is w.inner)
print(MissingField.__name__, issubclass(MissingField, Exception), issubclass(Plain, ValidationError))
